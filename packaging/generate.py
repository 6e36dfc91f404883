#!/usr/bin/env python3
"""Writes the files packaging/CMakeLists.txt installs, from the sources they describe.

  man PROGRAM NAME OUT --version V --changelog CHANGELOG.md
      A man page made from the program's own --help (and, for portaldesk-cli, each
      command's --help), so the page and the program never disagree.
  completion CLI OUT
      bash completion for portaldesk-cli: its commands and each command's options,
      read from the same --help texts.
  changelog CHANGELOG.md VERSION OUT --maintainer "NAME <ADDRESS>"
      CHANGELOG.md (Keep a Changelog) as the Debian changelog the package carries.
  metainfo TEMPLATE CHANGELOG.md VERSION OUT KEY=VALUE...
      The AppStream file with @KEY@ filled in and @PORTALDESK_RELEASES@ listing the
      released versions.

Every command fails, naming the file, when CHANGELOG.md has no entry for VERSION: the
version lives in CMakeLists.txt alone and CHANGELOG.md must keep up with it.
"""

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from datetime import date, datetime, timezone

# --- CHANGELOG.md --------------------------------------------------------------------

RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")


def releases(changelog_path):
    """[(version, date, [(kind, text)])], newest first, Unreleased left out."""
    found = []
    kind = ""
    with open(changelog_path, encoding="utf-8") as changelog:
        for line in changelog:
            line = line.rstrip("\n")
            heading = RELEASE_HEADING.match(line)
            if heading:
                found.append((heading["version"], heading["date"], []))
                kind = ""
            elif line.startswith("## "):
                found.append((None, None, []))  # [Unreleased]: its entries are dropped
            elif line.startswith("### "):
                kind = line[4:].strip()
            elif line.startswith("- ") and found:
                found[-1][2].append((kind, line[2:].strip()))
            elif line.startswith("  ") and found and found[-1][2]:
                last_kind, text = found[-1][2][-1]
                found[-1][2][-1] = (last_kind, text + " " + line.strip())
    return [release for release in found if release[0]]


def release_date(changelog_path, version):
    for found_version, day, _ in releases(changelog_path):
        if found_version == version:
            return day
    sys.exit(f"generate.py: {changelog_path} has no '## [{version}] - YYYY-MM-DD' entry; "
             f"add one for the version set in CMakeLists.txt")


# --- --help texts --------------------------------------------------------------------

def help_text(program, *arguments):
    """The program's --help in English, whatever the user's settings and locale."""
    with tempfile.TemporaryDirectory() as home:
        environment = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en",
                           HOME=home, XDG_CONFIG_HOME=home, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run([program, *arguments, "--help"], capture_output=True,
                                text=True, env=environment, check=False)
    if result.returncode != 0:
        sys.exit(f"generate.py: {program} {' '.join(arguments)} --help failed "
                 f"({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def parse_help(text):
    """QCommandLineParser's layout: a usage line, a description, then titled lists
    ("Options:", "Arguments:", "Commands:") of two-column entries."""
    lines = text.splitlines()
    usage = lines[0].removeprefix("Usage: ").strip() if lines else ""
    description, sections, current = [], {}, None
    for line in lines[1:]:
        if re.match(r"^[A-Z][A-Za-z ]*:$", line):
            current = sections.setdefault(line[:-1], [])
        elif current is None:
            description.append(line)
        elif re.match(r"^  \S", line):
            term, _, meaning = line.strip().partition("  ")
            current.append([term.strip(), meaning.strip()])
        elif line.strip() and current:
            current[-1][1] += " " + line.strip()
    return usage, "\n".join(description).strip(), sections


def option_names(term):
    """'-o, --out <FILE>' -> (['-o', '--out'], True)."""
    names = re.findall(r"(?<![\w-])--?[\w-]+", term)
    return names, "<" in term


# --- man pages -----------------------------------------------------------------------

def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line[:1] in (".", "'") else line for line in text.split("\n"))


def roff_term(term):
    names, _ = option_names(term)
    out = roff(term)
    for name in names:
        out = out.replace(roff(name), f"\\fB{roff(name)}\\fR", 1)
    return re.sub(r"<([^>]+)>", lambda m: f"\\fI{m[1]}\\fR", out)


def roff_entries(entries):
    return "".join(f".TP\n{roff_term(term)}\n{roff(meaning)}\n" for term, meaning in entries)


# Sections a --help has no room for, written here once.
MAN_EXTRA = {
    "portaldesk": {
        "FILES": ".TP\n\\fI~/.config/PortalDesk/PortalDesk.conf\\fR\nwindow layout, the last database, the interface language\n"
                 ".TP\n\\fI~/.local/share/PortalDesk/PortalDesk/\\fR\nthe demo portal and unsaved typing kept for recovery\n"
                 ".TP\n\\fI/usr/share/portaldesk/\\fR\nthe default theme, the demo portal and the interface translations\n",
        "SEE ALSO": ".BR portaldesk\\-cli (1)\n",
    },
    "portaldesk-cli": {
        "EXIT STATUS": ".TP\n0\nsuccess\n.TP\n1\n\\fBlint\\fR found something to fix\n.TP\n2\nan error, explained on standard error\n",
        "SEE ALSO": ".BR portaldesk (1)\n",
    },
}


def man_page(program, name, version, day):
    usage, description, sections = parse_help(help_text(program))
    summary = description.split("\n")[0].split(":")[0].rstrip(".") if description else name
    page = [f'.TH {name.upper()} 1 "{day}" "PortalDesk {version}" "User Commands"',
            ".SH NAME", f"{roff(name)} \\- {roff(summary)}",
            ".SH SYNOPSIS", f".B {roff(name)}", roff(usage.partition(" ")[2]),  # the usage names the path run
            ".SH DESCRIPTION", roff(description).replace("\n\n", "\n.PP\n")]
    for title, entries in sections.items():
        if title == "Commands":
            continue
        page += [f".SH {title.upper()}", roff_entries(entries).rstrip("\n")]
    if "Commands" in sections:
        page.append(".SH COMMANDS")
        for command, _ in sections["Commands"]:
            command_usage, command_description, command_sections = parse_help(help_text(program, command))
            page += [f".SS {roff(command)}", f".B {roff(command_usage)}", ".PP",
                     roff(command_description).replace("\n\n", "\n.PP\n")]
            for title, entries in command_sections.items():
                entries = [entry for entry in entries if "--help" not in entry[0]]  # said once, above
                if entries:
                    page += [".PP", f"{roff(title)}:", ".RS", roff_entries(entries).rstrip("\n"), ".RE"]
    for title, text in MAN_EXTRA.get(name, {}).items():
        page += [f".SH {title}", text.rstrip("\n")]
    return "\n".join(page) + "\n"


# --- bash completion -----------------------------------------------------------------

# "Only this status: draft, in_review, published." / "Target script: zh-Hans or zh-Hant-HK."
LISTED_AFTER_COLON = re.compile(r":\s*([a-z][\w-]*(?:(?:,\s*|\s+or\s+)[a-z][\w-]*)+)\.?$", re.IGNORECASE)
# An argument described by the words it takes alone: "ACTION   migrate".
WORDS_ONLY = re.compile(r"^[a-z][\w-]*(?:(?:,\s*|\s+or\s+)[a-z][\w-]*)*$")


def listed_values(text, pattern):
    found = pattern.search(text)
    return re.split(r",\s*|\s+or\s+", found[1] if found.groups() else found[0]) if found else []


def completion(program):
    _, _, sections = parse_help(help_text(program))
    commands = [command for command, _ in sections.get("Commands", [])]
    top = [name for term, _ in sections.get("Options", []) for name in option_names(term)[0]]
    cases, value_cases = [], []
    for command in commands:
        _, _, command_sections = parse_help(help_text(program, command))
        options, valued = [], []
        for term, meaning in command_sections.get("Options", []):
            names, takes_value = option_names(term)
            options += names
            valued += names if takes_value else []
            values = listed_values(meaning, LISTED_AFTER_COLON) if takes_value else []
            for name in names if values else []:
                value_cases.append(f'        "{command} {name}") words="{" ".join(values)}" ;;')
        words = [word for _, meaning in command_sections.get("Arguments", [])
                 for word in listed_values(meaning, WORDS_ONLY)]
        cases.append(f'        {command}) options="{" ".join(options)}" valued="{" ".join(valued)}"'
                     f' words="{" ".join(words)}" ;;')
    return f"""# bash completion for portaldesk-cli: its commands, each command's options and the values
# its --help lists for them. Generated from portaldesk-cli's own --help by
# packaging/generate.py; do not edit.
_portaldesk_cli()
{{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "{" ".join(commands + top)}" -- "$cur"))
        return
    fi
    local options="" valued="" words=""
    case ${{COMP_WORDS[1]}} in
{chr(10).join(cases)}
    esac
    # The value of an option: its listed values if it has some, else most often a path.
    if [[ " $valued " == *" $prev "* ]]; then
        words=""
        case "${{COMP_WORDS[1]}} $prev" in
{chr(10).join(value_cases)}
        esac
    elif [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    if [ -n "$words" ]; then
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    else
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}}
complete -F _portaldesk_cli portaldesk-cli
"""


# --- Debian changelog and AppStream releases --------------------------------------------

def debian_changelog(changelog_path, version, maintainer):
    release_date(changelog_path, version)
    entries = []
    for found_version, day, changes in releases(changelog_path):
        stamp = datetime.combine(date.fromisoformat(day), datetime.min.time(), timezone.utc)
        lines = [f"portaldesk ({found_version}) unstable; urgency=medium", ""]
        for kind, text in changes or [("", "No changes listed.")]:
            plain = re.sub(r"`([^`]*)`", r"\1", text)
            lines += textwrap.wrap(f"{kind}: {plain}" if kind else plain, width=78,
                                   initial_indent="  * ", subsequent_indent="    ")
        lines += ["", f" -- {maintainer}  {stamp.strftime('%a, %d %b %Y %H:%M:%S +0000')}", ""]
        entries.append("\n".join(lines))
    return "\n".join(entries)


def metainfo(template_path, changelog_path, version, values):
    release_date(changelog_path, version)
    listed = "\n".join(f'    <release version="{found_version}" date="{day}"/>'
                       for found_version, day, _ in releases(changelog_path))
    with open(template_path, encoding="utf-8") as template:
        text = template.read().replace("@PORTALDESK_RELEASES@", listed)
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    if "@" in re.sub(r"[\w.+-]+@[\w.-]+", "", text):
        sys.exit(f"generate.py: {template_path} still has an @KEY@ nobody filled in")
    return text


def write(path, text):
    data = text.encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    if path.endswith(".gz"):
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
            out.write(data)  # mtime 0 and no name: the same input gives the same bytes
    else:
        with open(path, "wb") as out:
            out.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    kinds = parser.add_subparsers(dest="kind", required=True)
    man = kinds.add_parser("man")
    man.add_argument("program")
    man.add_argument("name")
    man.add_argument("out")
    man.add_argument("--version", required=True)
    man.add_argument("--changelog", required=True)
    bash = kinds.add_parser("completion")
    bash.add_argument("program")
    bash.add_argument("out")
    debian = kinds.add_parser("changelog")
    debian.add_argument("changelog")
    debian.add_argument("version")
    debian.add_argument("out")
    debian.add_argument("--maintainer", required=True)
    appstream = kinds.add_parser("metainfo")
    appstream.add_argument("template")
    appstream.add_argument("changelog")
    appstream.add_argument("version")
    appstream.add_argument("out")
    appstream.add_argument("values", nargs="*", metavar="KEY=VALUE")
    args = parser.parse_args()

    if args.kind == "man":
        write(args.out, man_page(args.program, args.name, args.version,
                                 release_date(args.changelog, args.version)))
    elif args.kind == "completion":
        write(args.out, completion(args.program))
    elif args.kind == "changelog":
        write(args.out, debian_changelog(args.changelog, args.version, args.maintainer))
    else:
        values = dict(value.split("=", 1) for value in args.values)
        write(args.out, metainfo(args.template, args.changelog, args.version, values))


if __name__ == "__main__":
    main()
