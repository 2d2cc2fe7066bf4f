#!/usr/bin/env python3
"""Checks (and with --fix, mends) the plug-in API hygiene of our bundles' manifests.

Rules (docs/architecture.md, "A plug-in API a third party can build against"):
- every exported package has a version; an `internal` package (or `impl`/`util` of the EMF model) is marked
  x-internal:=true or x-friends:=... (of bundles that exist);
- every Require-Bundle and Import-Package names a version range (a lower and an upper bound);
- no visibility:=reexport of one of our bundles: each bundle states what it uses. (The model re-exports EMF, whose
  types its API is made of, as EMF's generated models do: a third-party bundle may be re-exported.)

--fix adds what is missing: our exports get the bundle's major.minor.micro; requirements get
[major.minor, next major) of what the built product (or, for test-only bundles, the test runtime) resolves.
Usage: releng/tools/manifests.py [--fix] [--product PLUGINS_DIR]
"""
import glob
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def split_clauses(value):
    """Splits a manifest header value at the commas that are not inside quotes."""
    out, cur, quoted = [], '', False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        if ch == ',' and not quoted:
            out.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def read_manifest(text):
    """Header name -> value (continuation lines joined), in order."""
    headers, name = {}, None
    for line in text.splitlines():
        if line.startswith(' ') and name:
            headers[name] += line[1:]
        elif ':' in line:
            name, value = line.split(':', 1)
            headers[name] = value.strip()
    return headers


def write_manifest(headers):
    lines = []
    for name, value in headers.items():
        if name in ('Require-Bundle', 'Import-Package', 'Export-Package') and value:
            clauses = split_clauses(value)
            lines.append(name + ': ' + (',\n '.join(clauses)))
        else:
            lines.append(name + ': ' + value)
    return '\n'.join(lines) + '\n'


def osgi_version(v):
    parts = re.findall(r'\d+', v)[:3]
    while len(parts) < 3:
        parts.append('0')
    return parts


def range_of(version):
    major, minor, _ = osgi_version(version)
    return '[%s.%s.0,%d.0.0)' % (major, minor, int(major) + 1)


def product_versions(plugins):
    """Bundle versions and exported package versions of every jar or folder in the product's plugins."""
    bundles, packages = {}, {}
    for path in glob.glob(os.path.join(plugins, '*')):
        try:
            if path.endswith('.jar'):
                with zipfile.ZipFile(path) as z:
                    text = z.read('META-INF/MANIFEST.MF').decode('utf-8', 'replace')
            elif os.path.isfile(os.path.join(path, 'META-INF/MANIFEST.MF')):
                text = open(os.path.join(path, 'META-INF/MANIFEST.MF'), encoding='utf-8').read()
            else:
                continue
        except (KeyError, zipfile.BadZipFile):
            continue
        h = read_manifest(text)
        name = h.get('Bundle-SymbolicName', '').split(';')[0].strip()
        if not name:
            continue
        bundles[name] = h.get('Bundle-Version', '0.0.0')
        for clause in split_clauses(h.get('Export-Package', '')):
            pkg = clause.split(';')[0].strip()
            m = re.search(r'version="?([\d.]+)', clause)
            if m and pkg not in packages:
                packages[pkg] = m.group(1)
    return bundles, packages


def our_manifests():
    paths = sorted(glob.glob(os.path.join(ROOT, 'bundles', '*', 'META-INF', 'MANIFEST.MF')))
    return [p for p in paths if not os.path.basename(os.path.dirname(os.path.dirname(p))).endswith('.tests')]


def main(argv):
    fix = '--fix' in argv
    plugins = None
    if '--product' in argv:
        plugins = argv[argv.index('--product') + 1]
    problems = []
    versions, package_versions = ({}, {})
    if fix:
        if not plugins:
            sys.exit('--fix needs --product <plugins folder of the built product>')
        versions, package_versions = product_versions(plugins)
    for path in our_manifests():
        bundle = os.path.basename(os.path.dirname(os.path.dirname(path)))
        text = open(path, encoding='utf-8').read()
        h = read_manifest(text)
        own = '.'.join(osgi_version(h.get('Bundle-Version', '1.0.0')))
        changed = False
        for header in ('Export-Package', 'Require-Bundle', 'Import-Package'):
            if header not in h:
                continue
            clauses = split_clauses(h[header])
            new = []
            for clause in clauses:
                name = clause.split(';')[0].strip()
                if header == 'Export-Package':
                    if 'version=' not in clause:
                        problems.append('%s: export %s has no version' % (bundle, name))
                        clause += ';version="%s"' % own
                    for friend in re.findall(r'x-friends:="([^"]*)"', clause)[:1]:
                        for f in friend.split(','):
                            if not os.path.isdir(os.path.join(ROOT, 'bundles', f.strip())):
                                problems.append('%s: x-friends names %s, which does not exist' % (bundle, f.strip()))
                    hidden = re.search(r'\.(internal|impl|util)(\.|$)', name)
                    if hidden and 'x-internal' not in clause and 'x-friends' not in clause:
                        problems.append('%s: %s is not marked x-internal or x-friends' % (bundle, name))
                        clause += ';x-internal:=true'
                else:
                    if 'reexport' in clause and name.startswith('org.switchboard.'):
                        problems.append('%s: %s is re-exported' % (bundle, name))
                        clause = re.sub(r';\s*visibility:=reexport', '', clause)
                    attr = 'bundle-version' if header == 'Require-Bundle' else 'version'
                    m = re.search(attr + r'="([^"]*)"', clause)
                    if not m or not m.group(1).startswith(('[', '(')):
                        problems.append('%s: %s %s has no version range' % (bundle, header, name))
                        found = versions.get(name) if header == 'Require-Bundle' else package_versions.get(name)
                        if name.startswith('org.switchboard.'):
                            found = '1.0.0'
                        if fix and found:
                            clause = re.sub(r';\s*' + attr + r'="[^"]*"', '', clause)
                            clause += ';%s="%s"' % (attr, range_of(found))
                        elif fix:
                            print('no version known for %s %s (%s)' % (header, name, bundle), file=sys.stderr)
                new.append(clause)
            if new != clauses:
                h[header] = ','.join(new)
                changed = True
        if fix and changed:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(write_manifest(h))
    if problems and not fix:
        for p in problems:
            print(p)
        print('%d manifest problem(s); missing versions and ranges: releng/tools/manifests.py --fix --product <plugins folder>' % len(problems))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
