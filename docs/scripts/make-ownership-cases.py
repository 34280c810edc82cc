#!/usr/bin/env python3
"""Writes the conformance cases of the ownership rule types (actor-own-opd, actor-on-team,
actor-in-region) on version 2 of the 5D rulebook, and adds them to the index. Run from the
repository root; the output is committed. Every expected verdict was written by hand below."""
import json
from pathlib import Path

ROOT = Path('labinov-core/src/main/resources/id/labinov/core/conformance')
CTX = {'now': '2025-03-10T03:00:00Z', 'zone': 'Asia/Jakarta'}


def ready(actor, **extra):
    facts = {
        'stage': 'DRUM_UP', 'status': 'ACTIVE', 'stageEnteredAt': '2025-02-03T03:00:00Z',
        'fields': {'title': 'Antrean Puskesmas Daring (APD)', 'opd': 'DINKES'},
        'evidence': {'COMMITMENT_LETTER': 1}, 'approvals': {'OPD_HEAD': 1}, 'opd': 'DINKES',
        'proposer': 'p-inovator-01', 'region': '36.02', 'actor': actor,
    }
    facts.update(extra)
    return facts


def actor(person, opd, roles, scope='36.02'):
    a = {'personId': person, 'roles': roles, 'scope': scope}
    if opd:
        a['opd'] = opd
    return a


def case(n, slug, description, facts, expect, transition='drum-up-to-diagnose', command=None):
    c = {'name': f'{n}-{slug}', 'description': description, 'rulebook': {'ref': '5d-v2'}}
    if command:
        c['command'] = command
    else:
        c['transition'] = transition
    c['facts'] = facts
    c['context'] = CTX
    c['expect'] = expect
    return c


def ok(**more):
    e = {'allowed': True, 'codes': [], 'warnings': []}
    e.update(more)
    return e


def refused(*codes, violations=None):
    e = {'allowed': False, 'codes': list(codes), 'warnings': []}
    if violations:
        e['violations'] = violations
    return e


CASES = [
    case(114, 'v2-proposer-of-own-opd-advances',
         'Version 2: the proposer, an innovator of the innovation\'s own OPD working in its region, advances.',
         ready(actor('p-inovator-01', 'DINKES', ['INNOVATOR'])), ok()),
    case(115, 'v2-innovator-of-another-opd',
         'Version 2: an innovator of another OPD is refused even when everything else is ready.',
         ready(actor('p-inovator-01', 'DISDIK', ['INNOVATOR'])),
         refused('ACTOR_OTHER_OPD', violations=[{'code': 'ACTOR_OTHER_OPD', 'severity': 'MUST',
                                                 'rule': 'actor-own-opd', 'arguments': ['DISDIK', 'DINKES']}])),
    case(116, 'v2-innovator-not-on-team',
         'Version 2: an innovator of the same OPD who neither proposed it nor is listed on its team is refused.',
         ready(actor('p-inovator-09', 'DINKES', ['INNOVATOR'])),
         refused('ACTOR_NOT_ON_TEAM', violations=[{'code': 'ACTOR_NOT_ON_TEAM', 'severity': 'MUST',
                                                   'rule': 'actor-on-team', 'arguments': ['p-inovator-09']}])),
    case(117, 'v2-listed-co-innovator-advances',
         'Version 2: a co-innovator listed in the coInnovators field advances.',
         ready(actor('p-inovator-09', 'DINKES', ['INNOVATOR']),
               fields={'title': 'Antrean Puskesmas Daring (APD)', 'opd': 'DINKES',
                       'coInnovators': 'p-inovator-07,p-inovator-09'}), ok()),
    case(118, 'v2-actor-of-another-region',
         'Version 2: a lab administrator working in another region is refused.',
         ready(actor('p-admin-03', 'BAPPEDA', ['LAB_ADMIN'], scope='36.03')),
         refused('ACTOR_OUTSIDE_REGION', violations=[{'code': 'ACTOR_OUTSIDE_REGION', 'severity': 'MUST',
                                                      'rule': 'actor-in-region', 'arguments': ['36.03', '36.02']}])),
    case(119, 'v2-province-scope-includes-its-regency',
         'Version 2: a coach working at province scope (36, Banten) acts in regency 36.02.',
         ready(actor('p-coach-01', 'BRIDA', ['COACH'], scope='36')), ok()),
    case(120, 'v2-actor-without-scope',
         'Version 2: an actor with no scope is outside every region the facts name.',
         ready({'personId': 'p-inovator-01', 'opd': 'DINKES', 'roles': ['INNOVATOR']}),
         refused('ACTOR_OUTSIDE_REGION')),
    case(121, 'v2-facts-without-region-or-proposer',
         'Version 2 on facts that name neither the region nor the proposer: both rules are not applicable.',
         {k: v for k, v in ready(actor('p-inovator-01', 'DINKES', ['INNOVATOR'])).items()
          if k not in ('region', 'proposer')},
         ok(notApplicable=['REGION_UNKNOWN', 'PROPOSER_UNKNOWN'])),
    case(122, 'v2-coach-of-another-opd-is-exempt',
         'Version 2: a coach from another unit acts on any innovation of the region.',
         ready(actor('p-coach-02', 'LAN', ['COACH'])), ok()),
    case(123, 'v2-update-details-by-another-opd',
         'Version 2, update-details: an innovator of another OPD who is not on the team is refused twice over.',
         {'stage': 'DIAGNOSE', 'status': 'ACTIVE', 'stageEnteredAt': '2025-02-03T03:00:00Z', 'opd': 'DINKES',
          'proposer': 'p-inovator-01', 'region': '36.02', 'actor': actor('p-inovator-05', 'DISDIK', ['INNOVATOR'])},
         refused('ACTOR_OTHER_OPD', 'ACTOR_NOT_ON_TEAM'), command='update-details'),
    case(124, 'v2-propose-for-another-opd',
         'Version 2, propose: an innovator proposes only for their own OPD.',
         {'stage': 'DRUM_UP', 'status': 'ACTIVE', 'stageEnteredAt': '2025-02-03T03:00:00Z', 'opd': 'DINKES',
          'proposer': 'p-inovator-05', 'region': '36.02', 'actor': actor('p-inovator-05', 'DISDIK', ['INNOVATOR'])},
         refused('ACTOR_OTHER_OPD'), command='propose'),
]

INLINE = {
    'format': 'labinov-rulebook/1', 'id': 'conformance-ownership', 'version': 1,
    'name': {'id': 'Buku aturan uji kepemilikan', 'en': 'Ownership test rulebook'},
    'entryStage': 'DRUM_UP',
    'stages': [{'code': 'DRUM_UP', 'order': 1, 'label': {'id': 'Drum-up', 'en': 'Drum-up'}},
               {'code': 'DESIGN', 'order': 2, 'label': {'id': 'Design', 'en': 'Design'}, 'nationalStage': 'INISIATIF'}],
    'transitions': [{'id': 'go', 'kind': 'ADVANCE', 'from': ['DRUM_UP'], 'to': 'DESIGN',
                     'label': {'id': 'Lanjut', 'en': 'Advance'},
                     'rules': [{'type': 'actor-in-region', 'severity': 'SHOULD'},
                               {'type': 'actor-own-opd', 'severity': 'SHOULD', 'params': {'exempt': ['LAB_ADMIN']}},
                               {'type': 'actor-on-team', 'severity': 'SHOULD', 'params': {'exempt': ['LAB_ADMIN']}}]}],
}
should = case(125, 'inline-ownership-rules-should-meet',
              'Ownership rules as should-meet: an innovator of another OPD and region who is not on the team is warned three times, not refused.',
              {'stage': 'DRUM_UP', 'status': 'ACTIVE', 'stageEnteredAt': '2025-02-03T03:00:00Z', 'opd': 'DINKES',
               'proposer': 'p-inovator-01', 'region': '36.02',
               'actor': actor('p-inovator-05', 'DISDIK', ['INNOVATOR'], scope='32.04')},
              {'allowed': True, 'codes': ['ACTOR_OUTSIDE_REGION', 'ACTOR_OTHER_OPD', 'ACTOR_NOT_ON_TEAM'],
               'warnings': ['ACTOR_OUTSIDE_REGION', 'ACTOR_OTHER_OPD', 'ACTOR_NOT_ON_TEAM'],
               'violations': [
                   {'code': 'ACTOR_OUTSIDE_REGION', 'severity': 'SHOULD', 'rule': 'actor-in-region', 'arguments': ['32.04', '36.02']},
                   {'code': 'ACTOR_OTHER_OPD', 'severity': 'SHOULD', 'rule': 'actor-own-opd', 'arguments': ['DISDIK', 'DINKES']},
                   {'code': 'ACTOR_NOT_ON_TEAM', 'severity': 'SHOULD', 'rule': 'actor-on-team', 'arguments': ['p-inovator-05']}]},
              transition='go')
should['rulebook'] = INLINE
CASES.append(should)
for c in CASES:
    if c['name'].startswith('120-'):
        c['expect']['violations'] = [{'code': 'ACTOR_OUTSIDE_REGION', 'severity': 'MUST', 'rule': 'actor-in-region',
                                      'arguments': ['-', '36.02']}]
    if c['name'].startswith('123-'):
        c['expect']['violations'] = [
            {'code': 'ACTOR_OTHER_OPD', 'severity': 'MUST', 'rule': 'actor-own-opd', 'arguments': ['DISDIK', 'DINKES']},
            {'code': 'ACTOR_NOT_ON_TEAM', 'severity': 'MUST', 'rule': 'actor-on-team', 'arguments': ['p-inovator-05']}]

index = json.loads((ROOT / 'index.json').read_text())
for c in CASES:
    path = f"cases/{c['name']}.json"
    (ROOT / path).write_text(json.dumps(c, ensure_ascii=False, indent=2) + '\n')
    if path not in index['cases']:
        index['cases'].append(path)
(ROOT / 'index.json').write_text(json.dumps(index, ensure_ascii=False, indent=2) + '\n')
print(len(CASES), 'cases')
