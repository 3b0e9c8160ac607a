#!/usr/bin/env python3
"""Makes a larger corpus out of real news text, deterministically.

    bench/scale.py --bytes 100000000 --out DIR SOURCE [SOURCE...]

Reads the .txt articles under each SOURCE folder (files sorted by path) and
writes new articles until DIR holds at least --bytes bytes of text. Each new
article copies the shape of a real one picked at random: its title is a real
title, and each of its paragraphs gets as many sentences as the real
paragraph had, taken as a run of consecutive real sentences from a random
place in the pool. So the words, sentences and article lengths are those of
the sources; only their combination is new. Articles are written as
"title, blank line, paragraphs separated by blank lines" into folders of at
most 1,000 files (00000/000000.txt ...). The same sources, size and seed
always give the same bytes.
"""
import argparse
import os
import random
import re
import sys

SEED = 20250101
FILES_PER_FOLDER = 1000

# A sentence ends at . ! or ? (and closing quotes) before white space and a capital, digit or quote.
SENTENCE_END = re.compile(r'(?<=[.!?])["\'\u201d\u2019)]*\s+(?=["\'\u201c\u2018(]?[A-Z0-9])')
# Reuters bodies end with a "Reuter" sign-off line; it is not a sentence of the story.
SIGN_OFF = re.compile(r'^\s*Reuter\s*$', re.MULTILINE)


def article_files(sources):
    files = []
    for source in sources:
        for folder, dirs, names in os.walk(source):
            dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
            files += [os.path.join(folder, n) for n in sorted(names) if n.endswith('.txt') and not n.startswith('.')]
    return sorted(files)


def body_paragraphs(text):
    """The paragraphs after the title block, blank-line or (as in Reuters) indent separated, white space collapsed."""
    text = SIGN_OFF.sub('', text.replace('\r\n', '\n')).strip()
    head, blank, body = text.partition('\n\n')
    if not blank:  # no blank line after the title: the body starts on the second line
        head, _, body = text.partition('\n')
    paragraphs = []
    for block in re.split(r'\n\s*\n', body):
        for paragraph in re.split(r'\n(?=[ \t]{2,}\S)', block):
            words = ' '.join(paragraph.split())
            if words:
                paragraphs.append(words)
    return head.strip().split('\n')[0].strip(), paragraphs


def read_pool(sources):
    """Titles, sentences (in source order), and each article's shape: sentences per paragraph."""
    titles, sentences, shapes = [], [], []
    for path in article_files(sources):
        with open(path, 'rb') as f:
            text = f.read().decode('utf-8', errors='replace')
        title, paragraphs = body_paragraphs(text)
        shape = []
        for paragraph in paragraphs:
            parts = [s for s in SENTENCE_END.split(paragraph) if len(s.split()) >= 3]
            sentences += parts
            if parts:
                shape.append(len(parts))
        if title and shape:
            titles.append(title)
            shapes.append(shape)
    return titles, sentences, shapes


def make_article(rng, titles, sentences, shapes):
    paragraphs = []
    for count in rng.choice(shapes):
        start = rng.randrange(len(sentences) - count + 1)
        paragraphs.append(' '.join(sentences[start:start + count]))
    return rng.choice(titles) + '\n\n' + '\n\n'.join(paragraphs) + '\n'


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--bytes', type=int, required=True, help='stop once the corpus holds this many bytes')
    parser.add_argument('--out', required=True, help='folder to write (must not exist or be empty)')
    parser.add_argument('--seed', type=int, default=SEED)
    parser.add_argument('sources', nargs='+')
    args = parser.parse_args(argv)

    titles, sentences, shapes = read_pool(args.sources)
    if not shapes:
        sys.exit('scale.py: no .txt articles with sentences under ' + ', '.join(args.sources))
    if os.path.isdir(args.out) and os.listdir(args.out):
        sys.exit(f'scale.py: {args.out} is not empty')
    rng = random.Random(args.seed)
    written = files = 0
    while written < args.bytes:
        folder = os.path.join(args.out, f'{files // FILES_PER_FOLDER:05d}')
        if files % FILES_PER_FOLDER == 0:
            os.makedirs(folder, exist_ok=True)
        data = make_article(rng, titles, sentences, shapes).encode('utf-8')
        with open(os.path.join(folder, f'{files:06d}.txt'), 'wb') as f:
            f.write(data)
        written += len(data)
        files += 1
    print(f'scale.py: wrote {files} articles, {written} bytes, from {len(sentences)} sentences of '
          f'{len(shapes)} articles', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])
