// The judge for specconf's Go encoding/json replica: real Go 1.19 decoding and encoding the same test
// struct as oracle_struct.h declares in C++. Reads inputs from stdin (each input: a decimal byte count,
// a newline, that many bytes), writes one line per input: "ok <json.Marshal of the result>" or
// "err <error text>". With -decoder it decodes like podman's REST handler (json.NewDecoder(body).Decode).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
)

type Mode string

type Inner struct {
	A int      `json:"a"`
	B *uint16  `json:"b,omitempty"`
	S []string `json:"s"`
}

type Embedded struct {
	E    string `json:"e,omitempty"`
	Kind string `json:"kind"`
}

type Root struct {
	Embedded
	Name     string            `json:"name,omitempty"`
	Flag     bool              `json:"flag"`
	N        int64             `json:"n,omitempty"`
	U8       uint8             `json:"u8"`
	I        int               `json:"i"`
	U        uint              `json:"u,omitempty"`
	I32      int32             `json:"i32,omitempty"`
	Mode     Mode              `json:"mode"`
	Modes    []Mode            `json:"modes,omitempty"`
	P        *Inner            `json:"p,omitempty"`
	L        []Inner           `json:"l"`
	LP       []*Inner          `json:"lp,omitempty"`
	M        map[string]string `json:"m"`
	MU       map[uint16]string `json:"mu,omitempty"`
	MI       map[string]Inner  `json:"mi,omitempty"`
	IP       []net.IP          `json:"ip,omitempty"`
	Untagged string
	Skip     string            `json:"-"`
	Any      interface{}       `json:"any,omitempty"`
	Opt      *bool             `json:"opt,omitempty"`
	SS       [][]string        `json:"ss,omitempty"`
}

func main() {
	decoder := flag.Bool("decoder", false, "decode like json.NewDecoder(r).Decode")
	flag.Parse()
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for {
		line, err := in.ReadString('\n')
		if err == io.EOF {
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(line))
		if err != nil {
			panic(err)
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(in, buf); err != nil {
			panic(err)
		}
		var r Root
		if *decoder {
			err = json.NewDecoder(bytes.NewReader(buf)).Decode(&r)
		} else {
			err = json.Unmarshal(buf, &r)
		}
		if err != nil {
			fmt.Fprintf(out, "err %s\n", strings.ReplaceAll(err.Error(), "\n", "\\n"))
			continue
		}
		b, err := json.Marshal(&r)
		if err != nil {
			fmt.Fprintf(out, "marshal-err %s\n", err)
			continue
		}
		fmt.Fprintf(out, "ok %s\n", b)
	}
}
