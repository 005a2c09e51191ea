import sys
from tests.test_reader_forms import _rows
for t in sys.stdin.read().split("\n---\n"):
    t=t.strip()
    if not t: continue
    rows, parts, unread = _rows(t)
    print("##", t.replace("\n"," / ")[:160]); print("   ", sorted(rows, key=str), {k:v for k,v in parts.items() if v}, "unread", unread)
