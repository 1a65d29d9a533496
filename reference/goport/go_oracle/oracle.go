// The Go side of goport's differential test: Go 1.19's own strconv, strings, unicode, path and
// path/filepath on the inputs oracle_cpp generates. Each input line is "<op> x<hex arg> x<hex arg>";
// each output line is the result, strings hex-encoded. With -unicode it instead prints, for every rune,
// what the unicode predicates and case mappings say, as ranges.
package main

import (
	"bufio"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

func unhex(s string) string {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func hx(s string) string { return hex.EncodeToString([]byte(s)) }

func hexList(parts []string) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = hx(p)
	}
	return fmt.Sprint(len(parts), " ", strings.Join(out, ","))
}

// "ok <value>", or "err <hex error text>": on error Go's value is a clamped one that podman never uses.
func result(v interface{}, err error) string {
	if err != nil {
		return "err " + hx(err.Error())
	}
	return fmt.Sprint("ok ", v)
}

func runes(w *bufio.Writer) {
	preds := []struct {
		name string
		f    func(rune) bool
	}{{"letter", unicode.IsLetter}, {"digit", unicode.IsDigit}, {"space", unicode.IsSpace}, {"print", strconv.IsPrint}}
	for _, p := range preds {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if !p.f(r) {
				continue
			}
			lo := r
			for r+1 <= unicode.MaxRune && p.f(r+1) {
				r++
			}
			fmt.Fprintf(w, "%s %X %X\n", p.name, lo, r)
		}
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"upper", unicode.ToUpper}, {"lower", unicode.ToLower}}
	for _, m := range maps {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if to := m.f(r); to != r {
				fmt.Fprintf(w, "%s %X %X\n", m.name, r, to)
			}
		}
	}
}

func main() {
	all := flag.Bool("unicode", false, "print the unicode tables instead of answering inputs")
	flag.Parse()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if *all {
		runes(out)
		return
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	for in.Scan() {
		f := strings.Split(in.Text(), " ")
		a, b := unhex(f[1][1:]), unhex(f[2][1:])
		switch f[0] {
		case "quote":
			fmt.Fprintln(out, hx(strconv.Quote(a)))
		case "clean":
			fmt.Fprintln(out, hx(path.Clean(a)))
		case "join":
			fmt.Fprintln(out, hx(filepath.Join(a, b)))
		case "match":
			m, err := filepath.Match(a, b)
			fmt.Fprintln(out, m, err != nil)
		case "lowereq":
			fmt.Fprintln(out, strings.ToLower(a) == b)
		case "split":
			fmt.Fprintln(out, hexList(strings.Split(a, b)))
		case "pathmatch":
			m, err := path.Match(a, b)
			fmt.Fprintln(out, m, err != nil)
		case "splitn":
			n, _ := strconv.Atoi(b[:1])
			fmt.Fprintln(out, hexList(strings.SplitN(a, b[1:], n-1)))
		case "upper":
			fmt.Fprintln(out, hx(strings.ToUpper(a)))
		case "lower":
			fmt.Fprintln(out, hx(strings.ToLower(a)))
		case "trimspace":
			fmt.Fprintln(out, hx(strings.TrimSpace(a)))
		case "trimleft":
			fmt.Fprintln(out, hx(strings.TrimLeft(a, b)))
		case "quoteascii":
			fmt.Fprintln(out, hx(strconv.QuoteToASCII(a)))
		case "atoi":
			fmt.Fprintln(out, result(strconv.Atoi(a)))
		case "parseuint":
			bits, _ := strconv.Atoi(b)
			fmt.Fprintln(out, result(strconv.ParseUint(a, 10, bits)))
		}
	}
}
