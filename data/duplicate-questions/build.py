#!/usr/bin/env python3
"""Builds questions.jsonl and pairs.tsv from Stack Exchange data dumps' Posts.xml and
PostLinks.xml, one pair of files per site (see README.md).
Usage: python3 build.py SITE=Posts.xml,PostLinks.xml [SITE=...]"""
import html
import json
import re
import sys
import xml.etree.ElementTree as ET

# Bodies are cut here (Lei et al. 2016 cut theirs at 100 words): keeps the set small.
BODY_MAX = 1000

def text_of(body_html: str) -> str:
    """HTML body → plain text; <pre><code> blocks kept as ``` fences, links as their text + URL."""
    s = re.sub(r'<pre[^>]*><code>(.*?)</code></pre>', lambda m: '\n```\n' + m.group(1) + '\n```\n', body_html, flags=re.S)
    s = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', r'\2 (\1)', s, flags=re.S)
    s = re.sub(r'<br\s*/?>|</p>|</li>|</h\d>|</blockquote>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return re.sub(r'\n{3,}', '\n\n', s).strip()


def read_site(site: str, posts_path: str, links_path: str):
    questions = {}
    possible = []
    for _, row in ET.iterparse(posts_path):
        if row.tag != 'row' or row.get('PostTypeId') != '1':
            continue
        qid = row.get('Id')
        body_html = row.get('Body', '')
        tags = re.findall(r'<([^>]+)>', row.get('Tags', ''))
        # Questions closed before 2013 carry the duplicate notice in their body: keep the
        # link as a label, drop the notice from the text (it would give the answer away).
        notice = re.match(r'\s*<blockquote>\s*<p>\s*<strong>Possible Duplicate:</strong>(.*?)</blockquote>', body_html, re.S)
        if notice:
            for original in re.findall(site.replace('.', r'\.') + r'/questions/(\d+)', notice.group(1)):
                possible.append((qid, original))
            body_html = body_html[notice.end():]
        owner = row.get('OwnerUserId') or row.get('OwnerDisplayName') or ''
        questions[qid] = {'site': site, 'id': qid, 'owner': owner, 'title': html.unescape(row.get('Title', '')), 'body': text_of(body_html)[:BODY_MAX], 'tags': tags}
    pairs = set()
    for _, row in ET.iterparse(links_path):
        if row.tag == 'row' and row.get('LinkTypeId') == '3':
            pairs.add((row.get('PostId'), row.get('RelatedPostId'), 'postlinks'))
    known = {(a, b) for a, b, _ in pairs}
    for a, b in possible:
        if (a, b) not in known:
            pairs.add((a, b, 'possible-duplicate'))
    kept = sorted((p for p in pairs if p[0] in questions and p[1] in questions and p[0] != p[1]), key=lambda p: int(p[0]))
    print(site, len(questions), 'questions,', len(kept), 'pairs')
    return sorted(questions.values(), key=lambda q: int(q['id'])), kept


def main(args: list) -> None:
    with open('questions.jsonl', 'w', encoding='utf-8') as qout, open('pairs.tsv', 'w', encoding='utf-8') as pout:
        pout.write('site\tduplicate_id\toriginal_id\tsource\n')
        for arg in args:
            site, files = arg.split('=', 1)
            posts_path, links_path = files.split(',')
            questions, kept = read_site(site, posts_path, links_path)
            for q in questions:
                qout.write(json.dumps(q, ensure_ascii=False) + '\n')
            for a, b, source in kept:
                pout.write(f'{site}\t{a}\t{b}\t{source}\n')


if __name__ == '__main__':
    main(sys.argv[1:])
