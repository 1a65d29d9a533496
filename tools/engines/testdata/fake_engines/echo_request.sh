#!/usr/bin/python3
import json, sys
line = sys.stdin.buffer.read()
sys.stdout.write(json.dumps({"error": line.decode("utf-8")}) + "\n")
