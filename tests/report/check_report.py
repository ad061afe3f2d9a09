#!/usr/bin/python3
"""The case report's Markdown, rendered by a CommonMark parser (markdown-it, raw HTML allowed as in
CommonMark): user text must come out as text. Usage: check_report.py REPORT_CORPUS HOSTILE_NOTES"""
import html.parser
import subprocess
import sys

from markdown_it import MarkdownIt

tool, notes_file = sys.argv[1], sys.argv[2]
md = subprocess.run([tool, notes_file], check=True, capture_output=True).stdout.decode("utf-8")
rendered = MarkdownIt("commonmark").enable("table").render(md)

ALLOWED = {"h1", "h2", "h3", "p", "strong", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "br"}


class Walk(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text, self.h1 = [], [], [], []
        self.stack = []
        self.rows = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, a) for a in attrs if not (tag in ("th", "td") and a[0] == "style")]
        self.stack.append(tag)
        if tag == "tr":
            self.rows.append(0)
        if tag in ("th", "td"):
            self.rows[-1] += 1

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if "h1" in self.stack:
            self.h1.append(data)

    def handle_comment(self, data):
        self.tags.append("<!--")


w = Walk()
w.feed(rendered)
problems = []
bad = sorted(set(t for t in w.tags if t not in ALLOWED))
if bad:
    problems.append(f"markup from user text: {bad}")
if w.attrs:
    problems.append(f"attributes from user text: {w.attrs[:5]}")
if w.tags.count("h1") != 1 or "".join(w.h1) != "<b>Tittel</b> # | [x](y)":
    problems.append(f"the title is not the one heading 1: {w.h1}")
text = "".join(w.text)
notes = open(notes_file, encoding="utf-8").read().splitlines()
for line in notes:
    if line.strip() and line.strip() not in text:
        problems.append(f"note not shown as written: {line!r}")
widths = set(w.rows)
if len(widths) > 2:  # the actions table has 5 columns, the outcomes table 4
    problems.append(f"tables with rows of different widths: {sorted(widths)}")
if problems:
    print("\n".join(problems))
    print("--- rendered (start) ---\n" + rendered[:3000])
    sys.exit(1)
print(f"ok: {len(notes)} hostile notes in every field, {len(w.tags)} elements, all text")
