#!/usr/bin/env python3
"""Writes version 2 of the shipped rulebooks (5d, 5d-plus-1) from version 1: the same stages and
gates, plus the ownership rule types on every transition and command an innovator or OPD head may
take, and actor-in-region everywhere. Run from the repository root; the output is committed."""
import json
from pathlib import Path

ROOT = Path('labinov-core/src/main/resources/id/labinov/core/rulebooks')
ANY = ['COACH', 'LAB_ADMIN', 'REGIONAL_HEAD']
IN_REGION = {'type': 'actor-in-region', 'severity': 'MUST'}
OWN_OPD = {'type': 'actor-own-opd', 'severity': 'MUST', 'params': {'exempt': ANY}}
ON_TEAM = {'type': 'actor-on-team', 'severity': 'MUST', 'params': {'exempt': ['OPD_HEAD'] + ANY}}


def roles(rules):
    for r in rules:
        if r['type'] == 'actor-role':
            return set(r['params']['anyOf'])
    return None


def ownership(rules):
    allowed = roles(rules)
    out = [IN_REGION]
    if allowed is None or allowed & {'INNOVATOR', 'OPD_HEAD'}:
        out.append(OWN_OPD)
    if allowed is None or 'INNOVATOR' in allowed:
        out.append(ON_TEAM)
    return out


commands = json.loads((ROOT / 'command-rules.json').read_text())['commands']
for name in ['5d', '5d-plus-1']:
    book = json.loads((ROOT / f'{name}.json').read_text())
    book['version'] = 2
    book['description'] = {
        'id': book['description']['id'] + ' Versi 2: hanya pengguna di wilayah inovasi; inovator dan kepala OPD hanya atas inovasi OPD-nya, inovator hanya bila ia pengusul atau anggota tim.',
        'en': book['description']['en'] + ' Version 2: only users of the innovation\'s region; innovators and OPD heads only on their own OPD\'s innovations, innovators only when they proposed it or are on its team.',
    }
    for t in book['transitions']:
        t['rules'] = t.get('rules', []) + ownership(t.get('rules', []))
    cmds = {}
    for c, spec in commands.items():
        rules = list(spec['rules'])
        if c == 'propose':
            rules += [IN_REGION, OWN_OPD]
        elif c == 'approve':
            rules += [IN_REGION]
        else:
            rules += ownership(rules)
        cmds[c] = {'rules': rules}
    book['commands'] = cmds
    (ROOT / f'{name}-v2.json').write_text(json.dumps(book, ensure_ascii=False, indent=2) + '\n')
    print('wrote', name, 'v2')
