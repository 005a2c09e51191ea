"""The reader on the whole corpus and on the held-out documents, scored against the truth
computed by hand (tests/corpus/README.md). A ratchet: these figures may only get better, and
on the corpus the reader never misreads, never raises a false alarm, never clears falsely."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.runner import CORPUS, ROOT, Totals, documents, run_lotrinh, score, totals

HELD_OUT = ROOT / "tests" / "heldout"
BLIND_A = ROOT / "tests" / "blind-a"
BLIND_B = ROOT / "tests" / "blind-b"
BLIND_C1 = ROOT / "tests" / "blind-c1"
BLIND_C2 = ROOT / "tests" / "blind-c2"
BLIND_D1 = ROOT / "tests" / "blind-d1"
BLIND_D2 = ROOT / "tests" / "blind-d2"
BLIND_E1 = ROOT / "tests" / "blind-e1"
BLIND_E2 = ROOT / "tests" / "blind-e2"
BLIND_F1 = ROOT / "tests" / "blind-f1"
BLIND_F2 = ROOT / "tests" / "blind-f2"
BLIND_G1 = ROOT / "tests" / "blind-g1"
BLIND_G2 = ROOT / "tests" / "blind-g2"
BLIND_H1 = ROOT / "tests" / "blind-h1"
BLIND_H2 = ROOT / "tests" / "blind-h2"
BLIND_I1 = ROOT / "tests" / "blind-i1"
BLIND_I2 = ROOT / "tests" / "blind-i2"
BLIND_J1 = ROOT / "tests" / "blind-j1"
BLIND_J2 = ROOT / "tests" / "blind-j2"
BLIND_K1 = ROOT / "tests" / "blind-k1"
BLIND_K2 = ROOT / "tests" / "blind-k2"
BLIND_L1 = ROOT / "tests" / "blind-l1"
BLIND_L2 = ROOT / "tests" / "blind-l2"
BLIND_M1 = ROOT / "tests" / "blind-m1"
BLIND_M2 = ROOT / "tests" / "blind-m2"
BLIND_N1 = ROOT / "tests" / "blind-n1"
BLIND_N2 = ROOT / "tests" / "blind-n2"
BLIND_O1 = ROOT / "tests" / "blind-o1"
BLIND_O2 = ROOT / "tests" / "blind-o2"
BLIND_P1 = ROOT / "tests" / "blind-p1"
BLIND_P2 = ROOT / "tests" / "blind-p2"
BLIND_Q1 = ROOT / "tests" / "blind-q1"
BLIND_Q2 = ROOT / "tests" / "blind-q2"
BLIND_R1 = ROOT / "tests" / "blind-r1"
BLIND_R2 = ROOT / "tests" / "blind-r2"
BLIND_S1 = ROOT / "tests" / "blind-s1"
BLIND_S2 = ROOT / "tests" / "blind-s2"
BLIND_T1 = ROOT / "tests" / "blind-t1"
BLIND_T2 = ROOT / "tests" / "blind-t2"
BLIND_U1 = ROOT / "tests" / "blind-u1"
BLIND_U2 = ROOT / "tests" / "blind-u2"
BLIND_V1 = ROOT / "tests" / "blind-v1"
BLIND_V2 = ROOT / "tests" / "blind-v2"
BLIND_W1 = ROOT / "tests" / "blind-w1"
BLIND_W2 = ROOT / "tests" / "blind-w2"
BLIND_X1 = ROOT / "tests" / "blind-x1"
BLIND_X2 = ROOT / "tests" / "blind-x2"
BLIND_Y1 = ROOT / "tests" / "blind-y1"
BLIND_Y2 = ROOT / "tests" / "blind-y2"
BLIND_Z1 = ROOT / "tests" / "blind-z1"
BLIND_Z2 = ROOT / "tests" / "blind-z2"
BLIND_AA1 = ROOT / "tests" / "blind-aa1"
BLIND_AA2 = ROOT / "tests" / "blind-aa2"
BLIND_AB1 = ROOT / "tests" / "blind-ab1"
BLIND_AB2 = ROOT / "tests" / "blind-ab2"
BLIND_AC1 = ROOT / "tests" / "blind-ac1"
BLIND_AC2 = ROOT / "tests" / "blind-ac2"
BLIND_AD1 = ROOT / "tests" / "blind-ad1"
BLIND_AD2 = ROOT / "tests" / "blind-ad2"
BLIND_AE1 = ROOT / "tests" / "blind-ae1"
BLIND_AE2 = ROOT / "tests" / "blind-ae2"
BLIND_AF1 = ROOT / "tests" / "blind-af1"
BLIND_AF2 = ROOT / "tests" / "blind-af2"
BLIND_AG1 = ROOT / "tests" / "blind-ag1"
BLIND_AG2 = ROOT / "tests" / "blind-ag2"
BLIND_AH1 = ROOT / "tests" / "blind-ah1"
BLIND_AH2 = ROOT / "tests" / "blind-ah2"
BLIND_AI1 = ROOT / "tests" / "blind-ai1"
BLIND_AI2 = ROOT / "tests" / "blind-ai2"
BLIND_AJ1 = ROOT / "tests" / "blind-aj1"
BLIND_AJ2 = ROOT / "tests" / "blind-aj2"
BLIND_AK1 = ROOT / "tests" / "blind-ak1"
BLIND_AK2 = ROOT / "tests" / "blind-ak2"
BLIND_AL1 = ROOT / "tests" / "blind-al1"
BLIND_AL2 = ROOT / "tests" / "blind-al2"
BLIND_AM1 = ROOT / "tests" / "blind-am1"
BLIND_AM2 = ROOT / "tests" / "blind-am2"
BLIND_AN1 = ROOT / "tests" / "blind-an1"
BLIND_AN2 = ROOT / "tests" / "blind-an2"
BLIND_AO1 = ROOT / "tests" / "blind-ao1"
BLIND_AO2 = ROOT / "tests" / "blind-ao2"
BLIND_AP1 = ROOT / "tests" / "blind-ap1"
BLIND_AP2 = ROOT / "tests" / "blind-ap2"
BLIND_AR1 = ROOT / "tests" / "blind-ar1"
BLIND_AR2 = ROOT / "tests" / "blind-ar2"
BLIND_AS1 = ROOT / "tests" / "blind-as1"
BLIND_AS2 = ROOT / "tests" / "blind-as2"
BLIND_AT1 = ROOT / "tests" / "blind-at1"
BLIND_AT2 = ROOT / "tests" / "blind-at2"
BLIND_AU1 = ROOT / "tests" / "blind-au1"
BLIND_AU2 = ROOT / "tests" / "blind-au2"
BLIND_AV1 = ROOT / "tests" / "blind-av1"
BLIND_AV2 = ROOT / "tests" / "blind-av2"
BLIND_AW1 = ROOT / "tests" / "blind-aw1"
BLIND_AW2 = ROOT / "tests" / "blind-aw2"
BLIND_AX1 = ROOT / "tests" / "blind-ax1"
BLIND_AX2 = ROOT / "tests" / "blind-ax2"
BLIND_AY1 = ROOT / "tests" / "blind-ay1"
BLIND_AY2 = ROOT / "tests" / "blind-ay2"


def _totals(root: Path) -> Totals:
    scores = []
    for doc in documents(root):
        extracted, checked, code, problem = run_lotrinh(doc.path)
        scores.append(score(doc, extracted, checked, code, problem))
    return totals(scores)[1]


CASES = [
    # Measured 2026-11-30 (docs/extraction.md): 334 of 408 lines, 40 of 48 slips; with
    # five news reports added (branch news): 357 of 422, 41 of 49; merged with branch
    # tables (70 documents): 411 of 457, 43 of 52;
    # a sixth news report added (71 documents): 416 of 463, 44 of 53; branch tables after
    # merging news again (70 documents: one restatement of the same source dropped, no
    # year taken from a date): 423 of 459, 45 of 52. A figure of "số người làm việc và
    # hợp đồng lao động" takes in contract staff: no longer read as VC (its truth's
    # category), left unread: 422 of 459. Merged with branch allocations (two malformed
    # lines scored right, staff in post outside): 425 of 459.
    # Branch eng-news (news prose, the last unread lines; docs/extraction.md): 437 of 459
    # (95,2 %), 47 of 52.
    # Branch eng-tables merged with main a4294f6 (eng-year, eng-news, eng-inpost in it): 432.
    # main with eng-inpost, eng-tables, eng-news and eng-year merged: 432 of 459, 47 of 52.
    # Branch slips: a table's total named by the category alone and the text's line with
    # the same figure are one line, so QĐ 1259's CBCC target is measured: 46 of 52.
    # Merged with main (eng-inpost, eng-tables): 432 of 459, 48 of 52.
    # Branch eng-outside (people in post named by category, or present, outside): 438.
    # eng-corpus: 438 → 439, 48 → 49 (a headline's change borne out by the text's one total)
    # s25: 439 → 440, 49 → 50 (a change given in steps after the sentence stating it);
    # 50 → 51 (who agrees to a figure names no unit; "của X" under a headline "X: ...")
    (CORPUS, 440, 0, 0, 51),
    # First measured blind, never used to tune the reader: 54 of 134 lines, 11 misreads,
    # 10 false alarms, 6 of 19 slips. Since used to fix three general causes (branch
    # reader3, docs/extraction.md), so no longer blind: 68 of 134, 0 misreads, 0 false
    # alarms, 7 of 19 slips.
    # Branch news (news prose; docs/extraction.md): 108 of 134, 11 of 19; merged with
    # branch tables: 116 of 134, 16 of 19.
    # Branch tables after the third merge: 117 of 134, 16 of 19. Branch prose (parts by
    # standing; a contract-staff truth aligned with the README): 121 of 134.
    # Branch eng-news (people on the payroll counted, not posts): 123 of 134.
    (HELD_OUT, 124, 0, 0, 16),
    # Blind set A (partly constructed, tests/blind-a/README.md), first measured on main
    # 2026-11-30 10:15 UTC: 53 of 96 lines, 7 misreads and 7 false alarms (one table's
    # "Giảm 2026 so với 2021" column read against 2025), 1 of 4 slips. Since used to fix
    # that cause, so no longer blind: 60 of 96, 0 misreads, 0 false alarms, 1 of 4; with
    # branch news merged (its rules written before it saw this set): 66 of 96, 1 of 4;
    # then two general causes it showed (a lead year taken from the body's first line; a
    # change after "(năm 2023 là N)" attached inside the parenthesis): 70 of 96, 2 of 4;
    # lists ending "và N biên chế dự phòng", rankings from a sentence's start, shares
    # pointing back ("Trong tổng số này, ..."), a fronted year after a reporting clause
    # governing every change, "tức giảm N%", a headline's change restating the body's,
    # a change against the year before a period named at the top: 79 of 96, 3 of 4.
    # Branch allocations (fronted categories' base figures, shares opened "Trong đó:",
    # a year's categories each before its count): 84 of 96, 3 of 4.
    # Branch eng-news (a headline's cut the body counts as leavers): 89 of 96.
    # Branch eng-outside (cuts set in percent with no count outside): 90.
    (BLIND_A, 90, 0, 0, 3),
    # Blind set B (tests/blind-b/README.md: written while the reader was being changed,
    # never shown to it), first measured on main 5a31cc3, 2026-11-30 11:53 UTC: 30 of 76
    # lines, 22 misread lines (an article's category reaching the next article's items;
    # part-time commune staff read as CBCC-XA; a required rate read as the cut's), 0 false
    # alarms, 2 of 6 slips, 0 false all-clears. Since used to fix those three causes, so
    # no longer blind: 41 of 76, 1 misread left (a headline asking for 81 more posts, read
    # as a unit of added posts; the truth calls it a shortfall), 2 of 6; posts asked for
    # ("hỏi việc / đề nghị bổ sung N") are not posts given: 41 of 76, 0 misreads.
    # With branch readc merged on main (13:45 UTC): 42 of 76.
    # Branch slips: a whole cut stated with a rate below the minimum at any base misses
    # the target though neither figure is given: 5 of 6.
    # Branch eng-outside (people moved "đang công tác ở ..." outside): 58.
    (BLIND_B, 64, 0, 0, 5),
    # Blind set C (tests/blind-c1, tests/blind-c2: written by two writers who never ran
    # the reader), first measured on main 9b0f4db, 2026-11-30 12:28 UTC: part 1, 108 of
    # 192 lines, 26 misread lines, 30 false alarms, 1 of 6 slips; part 2, 90 of 140, 3
    # misread lines, 0 false alarms, 5 of 7; 0 false all-clears. Since used to fix five
    # causes (a table numbering groups I, II on rows without figures; posts left out,
    # "chưa bao gồm N"; leavers after a colon; contract staff in bodies or counted in a
    # figure; "hội có tính chất đặc thù"), so no longer blind: 128 of 192, 2 of 6; 93 of
    # 140, 5 of 7; 0 misreads, 0 false alarms. A sentence mentioning contract staff and
    # counting posts is no longer set outside unread (a news report's planned cut with no
    # base, which that rule had placed outside by chance, is now reported): 92 of 140.
    # Branch readc (docs/extraction.md, "Blind set C, read further"): a roadmap table
    # with the years as rows, year chains against the year before, a heading leading the
    # whole's yearly total, a table's share column, a sentence going on with the unit of
    # the one before it, a recalled figure's list, posts given to a category's bodies, and
    # counts of people moved or leaving that the form says are no posts: 176 of 192, 5 of
    # 6; 113 of 140, 7 of 9 (three part-1 truths corrected to exit 2, one slip's lines;
    # the Bạc Liêu variant's planted total also disagrees with its roadmap, two slips).
    # with branch eng-news merged: 122 of 140
    (BLIND_C1, 181, 0, 0, 5),
    # Branch eng-outside (people in post named by category, or present, outside): 124;
    # places in a recruitment listed where they go ("thi tuyển 33 chỉ tiêu: ..."): 125.
    (BLIND_C2, 127, 0, 0, 7),
    # Blind set D (tests/blind-d1, tests/blind-d2: written blind, more than half of D1
    # constructed in the genre's forms, said so in each truth). D2 first measured on main
    # 942887c, 2026-11-30 13:24 UTC: 86 of 152 lines, 9 misread lines, 0 false alarms, 3 of
    # 5 slips; D1 on main 6e44ffb (after D2's fixes, which it never saw), 13:31 UTC: 161 of
    # 284, 6 misread lines, 3 false alarms, 2 of 6 slips; 0 false all-clears in both. Since
    # used to fix those causes, so no longer blind: 164 of 284 and 99 of 152, 0 misreads,
    # 0 false alarms.
    # With branch readc merged (13:50 UTC): 173 of 284 and 101 of 152.
    # Branch eng-tables: years as rows compared "so với năm liền trước" (the row above when
    # it is the year before) and a closing row "Giảm năm 2026 so với năm 2021": 186 of 284;
    # bodies as rows with categories as columns: 196 of 284.
    # Branch eng-news (parallel clauses; a quoted fronted comparison; "đúng 10%"; a headline
    # naming only its base year): D2 109 of 152 merged with main.
    # Merged with main a4294f6: D1 222 of 284, 4 of 6; D2 106 of 152.
    # Branch eng-year (a period's cut leading a list counted from the year before; a cut's
    # breakdown that adds up; a year chain's last link joined by "và năm Y"; a chain naming
    # no unit is the one unit it restates a figure of): D1 180 -> 193 of 284, 4 of 6 slips,
    # D2 103 -> 106 of 152, on the branch alone. Merged with main (16:00 UTC): 223 and 109.
    # Branch eng-multi (several categories in one sentence, categories.py): 243, 5 slips.
    # Branch eng-paren: items whose cuts name no year under a figure compared with two
    # years take the one their cuts add up to: 237 of 284.
    # Then a paragraph naming no unit after a list's last item ("So với biên chế giao năm
    # 2023 (2.149 biên chế), năm 2024 giảm 37 ..."), the whole's by its recalled figure: 239.
    # Branch slips: "Bộ được giao" is the plan's own scope, one line with "công chức"
    # below it, so KL 40's CBCC target is measured and missed: D2 4 of 5.
    # Branch eng-multi (several categories in one sentence, categories.py): 127.
    # Branch eng-chains (year items naming each category before its count; a link keeping
    # its figure): 242, 5.
    # Branch eng-chains ("lần lượt" rows, two categories' figures per link): 119, 5; year
    # items naming each category before its count: 123; a bare count, a note "(đã giao)": 125.
    # Two categories' changes given "tương ứng" in a year item: 127.
    # Branch eng-outside (people in post named by category, or present, outside): 233.
    # Branch eng-outside (people in post named by category, or present, outside): 121;
    # with people at work and cuts set in percent outside: 122; counts under a lead naming
    # people in post ("Về số người có mặt: ...") outside: 124.
    # Branch eng-compare: a numbered line keeping a figure ("giữ nguyên như năm 2024.") is a
    # sentence, not a heading: 138.
    (BLIND_D1, 267, 0, 0, 6),
    (BLIND_D2, 145, 0, 0, 5),
    # Blind set E (tests/blind-e1, tests/blind-e2: written blind, all constructed in the
    # genre's forms, said so in each truth). E1 first measured on main 421c860, 2026-11-30
    # 13:47 UTC: 85 of 179 lines, 13 misread lines, 5 false alarms, 6 of 9 slips; E2 on
    # main 86a9eb8 (after E1's fixes, which it never saw), 13:53 UTC: 64 of 159, 6 misread
    # lines, 2 false alarms, 4 of 7 slips; 0 false all-clears in both. Since used to fix
    # those causes (and a count said to hold no post, "(không thuộc biên chế)"): 92 of
    # 179 and 65 of 159, 0 misreads, 0 false alarms.
    # With branch readc merged (14:05 UTC): 104 of 179 and 77 of 159, 7 of 9 slips.
    # Branch eng-year (a heading closing with its comparison; an allocation's year
    # reaching the articles that distribute it; "đến năm Y" after a count): 111 of 179
    # and 97 of 159 on the branch alone. Merged with main (16:00 UTC): 133 and 121.
    # Branch eng-tables: groups lettered on rows without figures, closed by "Cộng A", and a
    # group row with figures of its own ("III | Biên chế dự phòng | 14"): 114 of 179; a
    # place named "... Bằng" is no equality "bằng năm Y": 116 of 179, 8 of 9 slips.
    # branch eng-news: 79 of 159
    # Merged with main a4294f6: E1 133 of 179, 8 of 9; E2 120 of 159.
    # Branch eng-multi (several categories in one sentence, categories.py): 145.
    # Branch eng-multi (several categories in one sentence, categories.py): 137.
    # Branch eng-chains (a year item's one verb for two categories' changes): 143.
    # Branch eng-chains (years given their figures "lần lượt"): 139, 6.
    # "giảm từ A người năm Y1 xuống B người năm Y2, tương ứng giảm C người": 140.
    # Branch eng-paren: a lead naming again only the year of the figure before it ("Phân
    # theo lĩnh vực đến năm 2026:") opens its parts: 146 of 179.
    # Then "1.762 biên chế (gồm 18 biên chế dự phòng)": the reserve inside, a unit: 148.
    # Branch eng-paren: an item after a base figure recalled in parentheses ("cấp tỉnh 1.104
    # biên chế (năm 2021: 1.162), cấp huyện 883 ..."): 138 of 159.
    # Branch eng-outside (people leaving the payroll, "không còn hưởng lương", outside): 137.
    # Branch eng-compare: a base figure said before its year ("so với 2.785 biên chế được
    # giao năm 2021"): 145.
    # Branch eng-tables4: a subset column "Trong đó: sự nghiệp giáo dục" after the people
    # column, some of each row's people: 164.
    # Session 20, eng-slips9 (a list after a change ending with the rest, not adding up: its
    # sum slip): 172, 9 of 9.
    (BLIND_E1, 172, 0, 0, 9),
    (BLIND_E2, 151, 0, 0, 7),
    # Blind set F (tests/blind-f1, tests/blind-f2: written blind, all constructed), the
    # last measurement of the session. F2 first measured on main d9d624e, 14:35 UTC: 50 of
    # 63 lines, 6 misread lines, 0 false alarms, 3 of 3 slips; fixed two causes: 53 of 63,
    # 1 misread line left (staff in post filed under the sentence before's year). F1 on
    # main c8c93ae (after F2's fixes), 14:45 UTC: 73 of 101, 1 misread line (part-time
    # commune staff, which its truth puts outside), 0 false alarms, 0 of 2 slips. Neither
    # gave a false all-clear. Both left as measured.
    # Branch eng-year: staff in post take no year from a text that has spoken of several
    # (a plan's target year included) unless its date names it: F2's misread line now
    # declined, 53 of 63, 0 misreads; a change in parentheses keeps its line's leading
    # year for the next category: F1 77 of 101.
    # Branch eng-inpost (leavers, money, bodies, positions, people over a quota, what a plan
    # leaves out, contract staff named first: outside; staff in post of two categories on a
    # day, of an item beside its posts, or of a table's column "Số có mặt đến <day>": units
    # apart): C2 121, D1 194, D2 104, E1 116, E2 101, F1 78. Later (payroll over years,
    # people moved as both kinds, hospitals, a leavers' breakdown after ";", averages "của
    # mỗi", two categories "hiện có"), merged with main 6522a8e: corpus 433 (47 of 52 slips),
    # held-out 123, C1 177, C2 121, D1 222 (4 of 6), D2 109, E1 133 (8 of 9), E2 124 (5 of
    # 7), F1 83, F2 53; 0 misreads on every set.
    # Branch gfix (session 5): part-time commune staff alone are outside unless the
    # document allocates them beside posts: F1 74 of 101, 0 misreads. Branch eng-tables
    # merged with main 6522a8e: 83 of 101.
    # Branch eng-prose (reports, tờ trình, Tỉnh ủy decisions, ministry plans; main 6522a8e
    # merged at 16:08 UTC): corpus 434, C1 178, D1 232 (4 slips), D2 108, E1 140 (8 slips),
    # E2 131, F1 85 (0 misreads).
    # Merged (main 16:13 UTC, with gfix, and eng-year): F1 83 of 101 and F2 53 of 63, both
    # with 0 misreads.
    # Branch eng-multi (several categories in one sentence, categories.py): 87.
    # Branch eng-chains (a chain's later links leaving "so với năm trước" unsaid): 87, 1.
    # A year item naming viên chức "hưởng lương từ ngân sách nhà nước": 89.
    # A change's rate in parentheses after its comparison ("so với năm 2021 (10%)"): 94, 2.
    # Branch eng-chains (a change's rate in parentheses after its comparison): 54.
    # Branch eng-outside (people in post named by category, or present, outside): 55;
    # with people at work and cuts set in percent outside: 57.
    # Session 8, eng-adjust: from-to items under a lead of two years: 100.
    (BLIND_F1, 100, 0, 0, 2),
    (BLIND_F2, 59, 0, 0, 3),
    # Blind set G (session 5; tests/blind-g1, tests/blind-g2: written blind, all
    # constructed). First measured on main 6845071 (session 4's reader), 15:03 UTC: G1 92 of
    # 119, 1 misread line, 1 false alarm, 2 of 3 slips; G2 74 of 98, 6 misread lines (one
    # reading had stopped the plan: exit 2), 0 false alarms, 1 of 3 slips. Measured again,
    # still unseen by every branch merged, on main a4294f6 (early commits of eng-year,
    # eng-news, eng-tables, eng-inpost), 15:48 UTC: G1 105 of 119, 1 misread, 1 false
    # alarm and 1 false all-clear (a table of categories as columns read without its sums);
    # G2 82 of 98, 7 misread lines, 1 false alarm. Since used to fix those causes (branch
    # gfix and the table's sums), so no longer blind.
    # Branch eng-slips2 ("..., trong đó có N giáo viên" right after a figure: a subset, a unit
    # of its own; opening its own sentence after one figure): G1 108, H1 107, H2 126, I1 106.
    # Branch eng-multi (several categories in one sentence, categories.py): 108.
    # Branch eng-multi (several categories in one sentence, categories.py): 92.
    # Branch eng-outside (people in post named by category, or present, outside): 110;
    # with people at work and cuts set in percent outside: 112.
    # Branch eng-outside (people in post named by category, or present, outside): 89.
    # Branch eng-subsets (teachers or one sector's people after a figure's change or recalled
    # base: a subset of the figure): 116.
    # Branch eng-subsets (a subset after a frame pointing back, "Trong tổng số trên có", "Trong
    # số người làm việc năm 2026 nêu trên có": of the figure the sentence before stated): G1 117.
    # Branch eng-subsets ("... năm 2025 có 17.930 giáo viên và 3.415 người làm việc trong ngành y
    # tế": two subsets of the VC line a frame names, the last item of a list): 94.
    # Branch eng-compare: the same, and ", so với năm 2021 (N người) đã giảm ...": 95, its
    # difference slip found.
    (BLIND_G1, 119, 0, 0, 3),
    (BLIND_G2, 98, 0, 0, 3),
    # Blind set H (session 5, written blind while the branches worked, all constructed).
    # First measured on main 6522a8e, 16:20 UTC: H1 105 of 122, 2 misread lines (a count
    # "Trong tổng số biên chế ... có 20 biên chế dự phòng" read as the total), 4 false
    # alarms, 4 of 4 slips; H2 120 of 134, 2 misread lines (people left over after a
    # merger read as a unit), 1 false alarm, 3 of 3. Measured again on main 53c66d4 (all six
    # branches merged, none of which had seen it), 16:38 UTC: H1 105 of 122, 2 misread
    # lines, 4 false alarms; H2 122 of 134, 2 misread lines, 0 false alarms; 0 false
    # all-clears. Since used to fix those two causes, so no longer blind.
    # Branch eng-multi (several categories in one sentence, categories.py): 106.
    # Branch eng-multi (several categories in one sentence, categories.py): 126.
    # Branch eng-tables2: a closing row adding up a period's yearly changes ("Cộng giảm
    # 2022 - 2026" under "Giảm so với năm trước"): H1 107 of 122.
    # Branch eng-tables2: categories over their years in two header rows, each with a
    # change naming its years ("Giảm 2026 so với 2021"): H2 127 of 134.
    # Branch eng-outside (people in post named by category, or present, outside): 106.
    # Branch eng-outside (part-time commune staff named first, "(tổng số N người)" after): 126.
    (BLIND_H1, 122, 0, 0, 4),
    (BLIND_H2, 134, 0, 0, 3),
    # Blind set I (session 5, written blind at its end, all constructed), measured once on
    # the final reader. I2 on main 93b824f, 16:48 UTC: 69 of 97, 6 misread lines (one cause,
    # "Con số này giảm 46 ..." after a list's last item, then fixed: 71 of 97, 2 left: staff
    # in post counted with contract staff read as a unit), 1 false alarm, 2 of 3 slips. I1
    # after that fix, 16:52 UTC, never used: 104 of 124, 3 misread lines (a parenthesis
    # line after a list's last item, the reserve, read as the reserve's change; part-time
    # commune staff of a plan read as a unit), 2 false alarms, 3 of 3 slips. No false
    # all-clear. Left as measured: the floors keep what is left visible. Then one I1 cause
    # fixed (part-time staff named after their count, "bố trí 152 người hoạt động không
    # chuyên trách"): 105 of 124, 2 misread lines.
    # Branch eng-multi (several categories in one sentence, categories.py): 107.
    # Then I2's last cause fixed (a count "trong đó có cả người hợp đồng" not read): 71 of
    # 97, 0 misreads. Branch eng-multi: 73. Branch eng-tables2: years as rows, each category
    # followed by its own change "so với năm trước", columns numbered "(1)", "(1) + (2)": 83
    # of 97.
    # Branch eng-paren: a parenthesis line after a list's last item goes to the item or the
    # whole as their figures say (the reserve's 14 could not lose 66 at 5,08 %; the whole's
    # 1.232 could), and is not read where they do not tell: 107 of 124, 0 misreads, 0 false
    # alarms.
    # Branch eng-paren: "Con số này giảm 46 ... (3.150 biên chế)" after a list's last item
    # is the whole's where the recalled figure gives the whole's and not the item's: 72.
    # Branch eng-outside (cuts set in percent with no count outside): 106; with people gone
    # ("có 23 người đã nghỉ") outside: 108.
    # Branch eng-outside (people in post named by category, or present, outside): 73;
    # with posts asked to keep ("đề nghị ... giữ lại 42 biên chế") outside: 74; people "đang
    # làm việc" outside, contract staff among them or not: 76.
    # Branch eng-subsets (teachers or one sector's people after a figure's change or recalled
    # base: a subset of the figure): 116.
    # Branch eng-subsets (a subset after a frame pointing back, "Trong tổng số trên có", "Trong
    # số người làm việc năm 2026 nêu trên có": of the figure the sentence before stated): I2 92.
    # Branch eng-subsets ("Trong tổng số tại điểm a khoản này có N giáo viên": a subset of the
    # item lettered a) of the clause): 93.
    # Branch eng-compare: "Tổng cộng năm 2026 đề nghị giao ..." is the total: 115.
    (BLIND_I1, 120, 0, 0, 3),
    (BLIND_I2, 97, 0, 0, 3),
    # Blind set J (session 6, constructed, written blind) measured once on main 21fca0d
    # before any change: J1 89 of 128 lines (69,5 %), 11 misread lines, 11 false alarms, 1 of
    # 3 slips; J2 110 of 124 (88,7 %), 2 misread lines, 2 false alarms, 2 of 3. Causes fixed
    # (branch jfix): a block at one level is not the block at another ("Mặt trận ... cấp
    # tỉnh" / "... cấp huyện" were one unit); one sector after "trong đó" with a verb is some
    # of the figure; a decree cited as grounds allocates no part-time staff; people counted
    # where they work "trong tổng số trên" are not the category's figure; and the scorer
    # takes parts read a level lower than the truth's as the same sum (J1's 6 other lines).
    # Branch eng-totals: "...; tổng cộng 25.840 biên chế" after a row of two categories is
    # their total, the two its parts: 104.
    # Branch eng-totals: "gồm ... công chức và N người làm việc hưởng lương từ ngân sách nhà
    # nước" is the VC part, no pay source: 116.
    # Branch eng-closing: a parenthesis line after an item of two categories goes to the
    # item's unit of the category it names; a result line naming the category after its
    # count is the unit just read ("Như vậy, năm 2024 giảm 72 biên chế công chức ..."): 104.
    # Branch eng-tables3: a closing row "Giảm so với năm 2021 | 120 (5,02%) | ..." of a table
    # of years as rows is each column's last year against 2021: 108, 2 of 3.
    # Branch eng-subsets (a subset after a frame pointing back, "Trong tổng số trên có", "Trong
    # số người làm việc năm 2026 nêu trên có": of the figure the sentence before stated): J2 118.
    # Branch eng-compare (comparisons, rates, result lines; docs/extraction.md): 107.
    # Branch eng-compare: "Bộ giữ 2.830 biên chế công chức" is the body's figure: 117.
    # Session 8, eng-adjust: a parenthesis naming two categories after their line: 127.
    (BLIND_J1, 127, 0, 0, 3),
    (BLIND_J2, 122, 0, 0, 3),
    # Session 6: the six branches eng-multi, eng-chains, eng-tables2, eng-paren, eng-outside
    # and eng-slips2 merged with jfix and the integrator's fixes (docs/extraction.md); every
    # floor above is the merged reader's figure. Blind set K (constructed, written blind)
    # measured on main 6925d56 before the merges: K1 103 of 139, 4 misread lines, 0 false
    # alarms, 2 of 3 slips; K2 83 of 101, 0 misreads, 0 false alarms, 1 of 3 slips and 1
    # false all-clear. On the merged reader (never tuned to K): K1 107, 2 misread lines; K2
    # 85, 1 false all-clear. Then its two causes fixed: posts given "cho" bodies are never
    # the category's whole; "được sử dụng" is the category's own posts.
    # Branch eng-totals: the same VC part: 108.
    # Branch eng-tables3: a column of people present on a day ("Có mặt đến 30/4/2025") is no
    # figure of the row; the table's rows and total are read: 120, 3 of 3.
    # Branch eng-subsets (teachers or one sector's people after a figure's change or recalled
    # base: a subset of the figure): K1 109, K2 87.
    # Branch eng-compare: a rate after a change's recalled base; "Tờ trình đề nghị giao": K1
    # 112, K2 87 with its rate slip found.
    # Branch eng-compare: "tỉnh được giao tổng cộng 16.490 biên chế" is the total: 113.
    # Branch eng-compare: "So với ... năm 2021 của 4 bộ, cơ quan (7.612 biên chế), ..." after
    # the list of "1." is its whole's: K2 89.
    (BLIND_K1, 137, 0, 0, 3),
    (BLIND_K2, 101, 0, 0, 3),
    # Blind set L (constructed, written blind) measured once on main cada290 (every branch
    # above merged): L1 86 of 110 (78,2 %), 6 misread lines, 2 false alarms, 2 of 3 slips;
    # L2 84 of 108 (77,8 %), 0, 0, 3 of 3. L1's causes then fixed (people of self-financed
    # units outside; a sector after another's subset its sibling; the scorer reads a block
    # holding only its category line as that line): 90, 0 misreads. Branches eng-totals and
    # eng-closing (never saw L) merged after.
    # Branch eng-tables3: the same present column ("Có mặt đến ngày 30/6/2024"): 94.
    # Session 7, branch eng-news (headlines restating the body's figure, quotations, goals
    # and people in post outside; docs/extraction.md): D1 254, D2 137, E1 155, J1 110,
    # J2 117, K1 112, K2 89, L1 92.
    # Branch eng-subsets (teachers or one sector's people after a figure's change or recalled
    # base: a subset of the figure): L2 85.
    # Branch eng-subsets (a subset after a frame pointing back, "Trong tổng số trên có", "Trong
    # số người làm việc năm 2026 nêu trên có": of the figure the sentence before stated): L2 86.
    # Branch eng-compare: an item at its list opener's level naming no unit is the whole
    # where the figures say; a second fronted comparison's recalled base: L1 92 with its rate
    # slip found, L2 86; a rate said before its change ("Tỷ lệ giảm ... là 10,27% (giảm 238
    # người)"): L1 93. An item naming only posts after the list ("2. Biên chế đến năm 2026 là
    # 1.068 biên chế (giảm 58 ...), gồm:") is the whole where its base figure says: L2 94.
    # "Tính chung so với năm 2021, ..." fronting a row of categories; "giao 286 biên chế các
    # hội có tính chất đặc thù": L1 94, L2 96.
    # Session 8, branch eng-multi ("Ngoài ra, tỉnh giao A ... và B ..."): L2 106.
    (BLIND_L1, 110, 0, 0, 3),
    (BLIND_L2, 106, 0, 0, 3),
    # Blind set M (constructed, written blind) measured once on main f890ae5 (session 7 start): M1
    # 82 of 119 (68,9 %), 21 misread lines, 29 false alarms, 2 of 3 slips; M2 91 of 130 (70,0 %), 16
    # misread lines, 18 false alarms, 2 of 3. Nearly all misreads were one form: items under a lead
    # naming the body receiving them ('Năm 2021, Sở Y tế được giao:', 'Năm 2021, Cục ...:'), fixed
    # by branch eng-leads (which never saw M); the rest by the integrator (a period's yearly changes
    # against the year before; 'giữ nguyên đến năm Y'; 'Cục ... nhà nước về ...' as a body name).
    # Branch eng-tables4 (a "Chênh lệch" column signed by its cells, the figures confirming the
    # sign): M2 112.
    # Session 8, eng-adjust: adjustments "từ A điều chỉnh thành B" and figures kept: M1 111.
    # Session 8, eng-adjust: a parenthesis naming two categories after a Cục's items: M2 115,
    # slips 3.
    # Session 8, branch eng-multi (several categories in one sentence, fronted comparisons with
    # a recalled base, result lines): M1 104, M2 115.
    # Branch eng-news2 (session 8): a frame naming viên chức after two categories, a note that
    # the figure takes in an old province: M2 109 -> 111.
    # Branch eng-mergers (session 11): a change's base said as the merged places' sum: 117.
    (BLIND_M1, 117, 0, 0, 2),
    # eng-unread6 (a frame naming the VC total, "Trong tổng số người làm việc nêu trên có"): 130.
    (BLIND_M2, 130, 0, 0, 3),
    # Blind sets N and O (constructed, written blind while the session-7 branches worked), measured
    # once on main f890ae5 and once on the merged reader before any fix for them: N1 118 -> 123 of
    # 134, 4 -> 4 misread lines; N2 79 -> 77 of 129, 9 -> 15 misread lines, 18 false alarms; O1 99
    # -> 101 of 120, 1 -> 1; O2 104 -> 106 of 138, 11 -> 11 misread lines, 13 false alarms. Fixed
    # after: a heading naming a sector of its category (N2), 'khu vực 1' naming a body (O2), a
    # fronted 'Cũng theo ...' / 'Cùng với ...' no unit (N2, O2). The misread lines left (N1 4, O1
    # 1, O2 2) and false alarms (O1 1, O2 1) are declared here, not hidden.
    # Branch eng-tables4: a "Chênh lệch" column signed by its cells (N2 107, 3 slips: the annex's
    # sum slip now seen); a table row naming a body that gives posts in prose ("Ban Tổ chức
    # Trung ương") holds its own (O2 105, 2 slips).
    # Session 8, eng-adjust: from-to items under a lead of two years: N2 91; a body's heading
    # in a category's section: O2 123, slips 2; year items under the hội's heading: N2 95.
    # Session 8, branch eng-multi: N1 126, N2 94 (3 of 4 slips), O2 104; misreads unchanged.
    # Branch eng-news2 (session 8): a verdict between clauses, a bare count with its change in
    # parentheses, each year's figure then each one's change, "sau ba năm": N2 89 -> 93, slips
    # 2 -> 3.
    # Branch eng-news2 (session 8): a merged province and its old provinces, its headline, a
    # body's posts inside a figure: O1 101 -> 108.
    # Session 8, branch eng-precision2 (docs/extraction.md): each by its general cause, none
    # declared any more. A block named by "khối" alone is the block named before (N1 125);
    # staff of "16 xã, thị trấn" or under a heading "Cán bộ, công chức cấp xã" are commune
    # staff; a parenthesis line after an unread line speaks of it (O1); "mỗi khu vực 610 biên
    # chế" gives each body its amount, no unit's figure (O2).
    # Session 8, branch eng-outside (people holding no post counted by their words, commune
    # classes' quotas, a goal rate, people present listed or both named, bodies counted,
    # part-time staff's clauses: outside; docs/extraction.md): C1 180, D1 260,
    # I2 95, K1 135, K2 100, L1 102, M1 105, M2 112, N1 128, N2 92, O1 104, O2 107.
    (BLIND_N1, 133, 0, 0, 3),
    (BLIND_N2, 125, 0, 0, 4),
    (BLIND_O1, 113, 0, 0, 3),
    (BLIND_O2, 138, 0, 0, 3),
    # Blind set P1 (constructed, writer ran nothing), first measured on main 218f49b (reader of
    # 118ae2b): 80/99, 0 misread lines, 2/3 slips, 0 false alarms, 1 false all-clear (a numbered
    # line '2. Phân bổ theo lĩnh vực, cụ thể:' after the total opened no parts, so a sum slip went
    # unchecked). Fixed after; posts given to bodies counted and listed are that group's: 93.
    (BLIND_P1, 95, 0, 0, 3),
    # Blind set P2, first measured on main 218f49b: 112/120, 0 misread lines as scored, 2/2 slips;
    # one misread the scorer does not count (two ministries' figures in one sentence, the second
    # given to the first): now not read.
    (BLIND_P2, 120, 0, 0, 2),
    # Blind set Q1, first measured on main 218f49b: 94/111, 3 misread lines, 2/3 slips, 2 false
    # alarms (two sectors 'Khối sự nghiệp giáo dục' / '... khác' merged into one block; a body's cut
    # naming its category read as the whole's). Fixed after.
    (BLIND_Q1, 109, 0, 0, 3),
    # Blind set Q2, first measured on main 218f49b: 94/107, 1 misread line, 3/3 slips, 1 false alarm
    # (staff in post 'thấp hơn số đề nghị giao 214 người' read as a figure). Fixed after.
    (BLIND_Q2, 107, 0, 0, 3),
    # Blind set R1, written while the session-8 branches worked; main 218f49b: 78/121, 4 misread
    # lines, 2/3 slips, 4 false alarms; the merged reader before any fix for it: 81/121, 4 misread
    # lines, 4 false alarms. Fixed after: two cuts each naming its category given to the whole; a
    # whole 'không kể cán bộ, công chức cấp xã' typed by its heading; a year said after what the
    # posts are.
    (BLIND_R1, 108, 0, 0, 3),
    # Blind set R2, like R1: main 218f49b 151/167, 0 misread lines, 2/3 slips, 1 false alarm; the
    # merged reader before any fix for it: 151/167, 0 misread lines, 0 false alarms.
    (BLIND_R2, 164, 0, 0, 3),
    # Blind set S1 (constructed, written after every session-8 branch was merged), measured once on
    # the final reader (3ebb633) before any fix for it: 50/79, 2 misread lines (part-time staff
    # '(3.720 người) không tính vào biên chế' read as a unit in a text setting them beside posts),
    # 2/2 slips, 1 false alarm (a reserve rising 10 -> 12 reported as an unexpected increase: the
    # core has no notion of a reserve yet). The misread fixed after. Session 9 (eng-reserve): a
    # reserve may rise while its total falls; the false alarm is gone.
    (BLIND_S1, 78, 0, 0, 2),
    # Blind set S2, like S1: 100/127 on the final reader, 0 misread lines, 3/3 slips, 0 false
    # alarms.
    # eng-unread6 ("Trong tổng số người làm việc năm 2024 có" after a list: its whole): 126.
    (BLIND_S2, 126, 0, 0, 3),
    # Blind set T1 (constructed, session 9), measured once on main c23cdc1 before any change:
    # 83/125, 1 misread line (a block of the districts read as the province's block), 1 false
    # alarm, 2/3 slips. Fixed after; the session-9 branches: 106.
    (BLIND_T1, 120, 0, 0, 3),
    # Blind set T2, like T1: 100/116, 0 misread lines, 0 false alarms, 3/3 slips.
    (BLIND_T2, 114, 0, 0, 3),
    # Blind set U1, like T1: 116/155, 0 misread lines, 0 false alarms, 4/4 slips.
    # Session 11 (eng-communes): 136 ("Năm 2024 tỉnh giao 4.086 cán bộ, công chức cấp xã").
    (BLIND_U1, 136, 0, 0, 4),
    # Blind set U2, like T1: 104/146, 6 misread lines (a clause after a count's pay source read
    # as the block's value; posts of the province and commune levels typed as cấp xã), 1 false
    # alarm, 0/3 slips. Fixed after.
    (BLIND_U2, 131, 0, 0, 1),
    # Blind set V1 (written while the session-9 branches worked, read by nobody until the end):
    # main b360713 94/132, 8 misread lines, 4 false alarms, 4/4 slips; the merged reader before
    # any fix for it 106/132, still 8 and 4. Fixed after (a sum row inside a table, a subset
    # opening a list, 'ít hơn năm Y là N'). Branch eng-adjust3 ("3. Về biên chế hội có tính chất
    # đặc thù" heads the hội's posts): 122.
    # opening a list, 'ít hơn năm Y là N').
    # Branch eng-mergers (session 11): 'trước sắp xếp, năm 2024 hai tỉnh được giao': 122.
    (BLIND_V1, 125, 0, 0, 4),
    # Blind set V2, like V1: main b360713 118/151, 0, 0, 1/3 slips; the merged reader
    # 126/151, 0, 0, 2/3.
    (BLIND_V2, 148, 0, 0, 3),
    # Blind W1 (session 10): first measured on main 95c8e6e before any change: 99/113, 0, 0, 2/3.
    (BLIND_W1, 107, 0, 0, 3),
    # Blind W2: first 76/116, 0, 0, 1/3.
    (BLIND_W2, 114, 0, 0, 3),
    # Blind X1: first 100/129, 3 misread lines, 1 false alarm, 3/5.
    # Branch eng-mergers (session 11): a merged places' sum as the base, its items: 123.
    (BLIND_X1, 125, 0, 0, 5),
    # Blind X2: first 98/143, 8 misread lines, 2 false alarms, 1/5.
    # Session 20, eng-slips9 (a "gồm" pair, the last named with a comma, not adding up): 131,
    # 5 of 5.
    (BLIND_X2, 131, 0, 0, 5),
    # Blind Y1 (session 10, held back, measured once on the merged reader): 92/111, 4 misread
    # lines, 0 false alarms, 1/3. The 4 were Chợ Gạo's 2021 line (and its variant's): its
    # unit's parts lacked the reserve an unread 2026 list names. Session 11 (eng-latent): the
    # list's lead read as the one block's, the block's two lists naming different parts
    # declined as parts, and a reviewer's correction read: 0 misreads, 2/3.
    (BLIND_Y1, 102, 0, 0, 3),
    # Blind Y2 (held back): first 115/125, 1 misread line, 1 false alarm, 3/3 (a day of
    # another year in a subject, fixed). Session 13: 119 → 117, the runner's stricter count (a
    # line with a sentence not understood is not read whole: an interview's quote of KL 40's
    # rule before the 2021 base, in the document and its variant).
    (BLIND_Y2, 119, 0, 0, 3),
    # Blind Z1 (session 11, constructed), measured once on main 8f1bb56 before any change:
    # 119/144, 8 misreads (6 lines: a school year read as its last year; items under an unread
    # lead dated 01/7/2025 filed under the year above it; and 2 units' categories: a commune's
    # cán bộ, công chức typed CBCC), 0 false alarms, 1/3. Fixed after.
    (BLIND_Z1, 142, 0, 0, 2),
    # Blind Z2: first 87/116, 8 misreads (7 table lines: a people-in-post column read as
    # invented units; a merged ministry's 2025 figure filed under its former self), 2 false
    # alarms, 1/3. Fixed after.
    # eng-unread7: 111 → 115 (a day-dated figure with its base recalled, and its list).
    (BLIND_Z2, 115, 0, 0, 3),
    # Blind AA1: first 91/108, 8 misreads (4 lines, 4 units' categories: a commune Party
    # committee's own cán bộ, công chức typed CBCC), 0 false alarms, 4/5. Fixed after.
    (BLIND_AA1, 103, 0, 0, 5),
    # Blind AA2: first 94/130, 2 misread lines ('biên chế công chức và số lượng người làm việc'
    # typed VC by its heading, and its variant), 6 false alarms, 1/3. Fixed after.
    (BLIND_AA2, 128, 0, 0, 3),
    # Blind AB1 (session 11, held back from everybody): on the session's starting reader
    # (8f1bb56) 91/120, 6 misreads, 0 false alarms, 2/3; first contact on the merged reader
    # (5b07c63): 87/120, 4 misread lines (contract staff 'không tính vào số lượng người làm
    # việc' read as the text's total, fixed; a table's '0%' rate the truth had left out, the
    # truth corrected), 0 false alarms, 2/3.
    (BLIND_AB1, 102, 0, 0, 3),
    # Blind AB2 (held back): starting reader 115/139, 4 misreads, 2 false alarms, 4/4; merged
    # reader the same: 4 misread lines, 2 false alarms. Two (items under a lead left outside
    # for its count of bodies, filed under the heading's unit) fixed; two declared: staff in
    # post on a day ('toàn tỉnh có mặt N công chức và M người làm việc') read as in-post units,
    # never posts, where this truth calls them outside (the truths disagree on that form:
    # docs/staff-in-post.md).
    (BLIND_AB2, 133, 0, 0, 4),
    # Blind set AC (tests/blind-ac1, tests/blind-ac2: written by two writers who never ran the
    # reader), first measured on main 65a3ebb, 2026-12-01 10:40 UTC: part 1, 84 of 102 lines
    # (one truth's exit corrected to 2: a news report of leavers only, no staffing figure),
    # 4 misread lines (people in post "có mặt"/"hiện có" read as in-post units where the truth
    # puts them outside; "số giáo viên năm 2026 là N" read as the VC total), 2 false alarms,
    # 5 of 5 slips; part 2, 91 of 119, 0 misreads, 0 false alarms, 4 of 5.
    # After session 12's branches (docs/extraction.md): 94 of 102 and 113 of 119, 0, 0.
    # eng-unread6 ("Trong tổng số người làm việc nêu trên có" after a list: its whole): 99.
    (BLIND_AC1, 99, 0, 0, 5),
    (BLIND_AC2, 119, 0, 0, 5),
    # Blind set AD (tests/blind-ad1, tests/blind-ad2; held back until every branch of session 12
    # was merged): on the starting reader (65a3ebb) part 1 74 of 111 lines, 6 misread lines, 2
    # false alarms, 3 of 5 slips; part 2 105 of 127, 3, 1, 4 of 5; on the merged reader exactly
    # the same. Its misreads are declared here, owed to the next session; no longer blind.
    (BLIND_AD1, 99, 0, 0, 4),
    (BLIND_AD2, 117, 0, 0, 5),
    # Blind set AE (tests/blind-ae1, tests/blind-ae2; written by two writers who never ran the
    # reader, held back until every branch of session 13 was merged): on the starting reader
    # (8dee5af) part 1 94 of 123 lines, part 2 67 of 104, 0 misread lines, 0 false alarms, 3 of
    # 5 slips each; on the merged reader part 1 95 of 123, part 2 67 of 104, the rest the same.
    # Then studied (eng-ae1, eng-alloc2): 100 of 123 and 91 of 104, 0, 0, 4 of 5 each.
    (BLIND_AE1, 105, 0, 0, 5),
    (BLIND_AE2, 98, 0, 0, 5),
    # Blind set AF (tests/blind-af1, tests/blind-af2; written by two writers who never ran the
    # reader, held back from session 14's five first-round and two probe branches): on the
    # starting reader (61280d9) part 1 84 of 104 lines, 3 misread lines, 1 false alarm, 4 of 5
    # slips; part 2 71 of 101, 6, 12, 9 of 9; after the first round exactly the same; after the
    # two probe branches 85 and 73, the rest the same. Then studied (eng-af).
    # eng-unread7: 92 → 93 ("Tổng cộng, năm 2024 toàn tỉnh ...": the wholes' sum).
    (BLIND_AF1, 93, 0, 0, 4),
    (BLIND_AF2, 90, 0, 0, 9),
    # Session 15: three blind pairs, each measured on the reader of its day before any branch
    # studied it (python -m tests.corpus; docs/extraction.md "Session 15: the integrator").
    # AG (held back from the first round's six probe branches): on the starting reader
    # (2d12159) part 1 81 of 111, 1 misread line, 1 false alarm, 4 of 5 slips; part 2 96 of
    # 114, 2, 2, 3 of 5; after the first round exactly the same; studied (eng-ag, eng-cross).
    # s24: 91 → 93 (a fronted base of the merged places said with "là")
    (BLIND_AG1, 93, 0, 0, 5),
    (BLIND_AG2, 108, 0, 0, 4),
    # AH (held back from the first round and eng-ag): at the start part 1 103 of 127, 6
    # misread lines, 0, 4 of 5; part 2 96 of 110, 0, 0, 5 of 6 and one false all-clear; after
    # the first round exactly the same; studied (eng-ah, eng-news9, eng-cross).
    (BLIND_AH1, 115, 0, 0, 4),
    # eng-unread7: 100 → 101 ("Giao N người làm việc hưởng lương ... năm Y cho ...").
    (BLIND_AH2, 101, 0, 0, 5),
    # AI (held back from both rounds but eng-ai; measured after the first round): part 1 88 of
    # 102, 10 misread lines, 40 false alarms, 3 of 5; part 2 110 of 127, 4, 0, 4 of 6; after
    # the second round (eng-ah, eng-news9, eng-cross) exactly the same; studied (eng-ai).
    # AI2's 4 misread lines, declared in session 15 (one ministry named two ways, "Ủy ban Dân
    # tộc" then "Ủy ban", read as two units), are gone (eng-owed, session 16).
    (BLIND_AI1, 98, 0, 0, 5),
    # eng-unread6 ("Trong số 898 người năm 2024 có": the count and its year): 120.
    (BLIND_AI2, 120, 0, 0, 5),
    # Session 16: two blind pairs (docs/extraction.md "Session 16: the integrator").
    # AJ (studied in the first round by eng-ajmis, eng-ajread): on the starting reader
    # (58a7348) part 1 89 of 105, 4 misread lines, 0 false alarms, 5 of 6 slips, and one news
    # report that crashed the reader (exit 3; fixed in 379b164); part 2 95 of 107, 4, 3, 5 of 6.
    (BLIND_AJ1, 101, 0, 0, 6),
    (BLIND_AJ2, 103, 0, 0, 6),
    # AK (held back from the first round's eight branches): at the start part 1 80 of 106, 4
    # misread lines, 2 false alarms, 5 of 9 slips; part 2 76 of 103, 5, 0, 4 of 6; after the
    # first round 80, 4, 2 and 78, 1, 0 (eng-ajmis's hội rule reached part 2); studied in the
    # second round (eng-akmis, eng-nested, eng-aknews, eng-akread). Part 1's truth gained two
    # slips (a "trong đó:" list short of its total is parts with a slip, as in the corpus).
    (BLIND_AK1, 94, 0, 0, 10),
    (BLIND_AK2, 91, 0, 0, 4),
    # AL (held back from session 17's first round of seven branches): at the start part 1 117
    # of 122, 0 misread lines, 0 false alarms, 4 of 4 slips; part 2 80 of 100, 10, 12, 4 of 5;
    # after the first round unchanged (0 lines transferred); studied in the second round
    # (eng-al2tab: groups over sub-rows numbered again, a required-rate column; eng-alprose;
    # eng-communes2: communes' posts after 1/7/2025 are CBCC, the truth of part 2 relabelled).
    (BLIND_AL1, 119, 0, 0, 4),
    (BLIND_AL2, 98, 0, 0, 5),
    # AM (held back from both of session 17's rounds; merged in session 18 to be studied): on
    # session 17's starting reader and on its final merge alike, part 1 104 of 126, 2 misread
    # lines (a cut "so với năm 2024" before "trong đó biên chế dự phòng là 22" given to the
    # reserve, and its variant), 0 false alarms, 3 of 7 slips; part 2 90 of 104 (its commune
    # posts relabelled CBCC by the convention), 0, 0, 5 of 6. Studied in session 18 (eng-am):
    # the two misread lines now unread.
    # eng-unread7: 107 → 110 ("vượt chỉ tiêu của Kế hoạch 8 biên chế": no figure).
    (BLIND_AM1, 110, 0, 0, 6),
    # eng-at1mis: 94 → 95 (the first year row's "so với năm trước" is the calendar year before)
    (BLIND_AM2, 95, 0, 0, 5),
    # AN (session 18, written that morning by two writers who never ran the reader; held back
    # from the round's seven branches, which worked by refusal reason across all sets): at the
    # start (54dd4ea) part 1 101 of 105, 1 misread line (a chain's elided base given the
    # earlier link's year), 0 false alarms, 5 of 5 slips; part 2 93 of 103, 3 misread lines (a
    # news report's provinces all read as one unit; "giữ nguyên" against a year never named),
    # 5 false alarms, 3 of 5; after the seven branches exactly the same; then studied (eng-an).
    (BLIND_AN1, 102, 0, 0, 5),
    (BLIND_AN2, 98, 0, 0, 4),
    # AO (session 18, written at its end by two writers who never ran the reader; held back
    # from every branch; merged in session 19 to be studied): on session 18's starting reader
    # and on its final merge alike, part 1 98 of 111, 0 misread lines, 0 false alarms, 4 of 5
    # slips; part 2 91 of 103, 2 misread lines (a hospital's posts paid from its own revenue
    # read as a unit where the truth puts them outside; a news report's span of years read as
    # its first year), 0, 4 of 5. Studied in session 19 (eng-ao, eng-ownrev): 102 and 93 of
    # 103, 0, 0; the hospital's own-revenue posts a unit by the new convention (truth
    # relabelled), the span read as its last year.
    (BLIND_AO1, 102, 0, 0, 4),
    (BLIND_AO2, 93, 0, 0, 4),
    # AP (session 19, written at its start by two writers who never ran the reader; held back
    # from the round's six branches): at the start (5fa35b1) part 1 86 of 121, 4 misread lines,
    # 0 false alarms, 3 of 5 slips; part 2 103 of 160, 0, 0, 3 of 6; after the round and the
    # runner's own-revenue check 82 and 97 (10 lines of own-revenue items, read as budget-paid
    # units, now unread: dec61ae), the rest the same. Studied in a short second round
    # (eng-apmis: communes' posts dated after the reform typed CBCC, AP1's misread gone;
    # eng-latent6; eng-ap2: merged provinces named in a column's or a base's gloss): 94 and
    # 126, 0, 0. Session 20, eng-slips9 (a place's headline change naming when it happened):
    # 95 and 127, 4 and 5 of the slips.
    # s24: 95 → 97 (a fronted base of the merged places said with "là")
    (BLIND_AP1, 97, 0, 0, 4),
    (BLIND_AP2, 127, 0, 0, 5),
    # AR2 (session 20, written at its start by a writer who never ran the reader: central
    # bodies after the 2025 restructuring): first contact on main 39b6d3d, 77 of 116 lines, 0
    # misread lines, 1 false alarm (a hospital's total rising by its own-revenue posts), 3 of 5
    # slips. Studied in session 20 (eng-ar2): 99 of 116, 0, 0, 4 of 5.
    (BLIND_AR2, 99, 0, 0, 4),
    # AR1 (session 20, written at its start by a writer who never ran the reader; the Northern
    # midlands and mountains around the 2025 mergers): first contact on main 39b6d3d 103 of
    # 126, 7 misread lines (a figure after "đến ngày 30/6/2025" filed under the sentence's
    # 2024; a hospital's own-revenue posts read as a budget-paid line; a roadmap row's yearly
    # and cumulative falls against the same year read twice), 1 false alarm, 4 of 5 slips.
    # Studied in session 20 (eng-ar1): 110, 0, 0, 4 of 5.
    (BLIND_AR1, 114, 0, 0, 4),  # eng-communes3: 110 → 114 (the new commune's posts)
    # AS (session 20, written at its start by two writers who never ran the reader; held back
    # from all ten branches; the South Central coast and Highlands, the Red River delta and the
    # two cities): at the start (39b6d3d) part 1 96 of 125, 1 misread line (a second table's
    # total row, captioned as the education VC's, read as the document's whole: with its 3
    # false alarms declared here), 5 false alarms, 3 of 5 slips; part 2 102 of 119, 0, 0, 4 of
    # 5. After the ten branches: 96 (2 false alarms fewer: eng-ar2's own-revenue rise) and
    # 102, the rest the same; no line transferred. Then AS1's misread went to eng-as1mis (a
    # captioned second table's total row is the caption's unit): 97, 0, 0, 4 of 5.
    # s24: 97 → 99 (a fronted base of the merged places said with "là")
    (BLIND_AS1, 99, 0, 0, 4),
    (BLIND_AS2, 102, 0, 0, 4),
    # AT (session 20, written at its end by two writers who never ran the reader; the North
    # Central coast, and reports closing the KL 40 period): scored once, on the session's final
    # reader (7adc534), for the next session to study: part 1 89 of 117, 9 misread lines (a
    # "Cộng" row of yearly falls given the base 2022 where the sum of falls since 2021 is against
    # 2021; group rows and their items all read as parts of one total; people in surplus read
    # as a figure), 8 false alarms, 3 of 5 slips; part 2 63 of 88, 0, 0, 4 of 6. Declared here.
    # eng-at1mis: 89 → 98, misreads 9 → 0, false alarms 8 → 0, slips 3 → 4 (a "Cộng" of
    # yearly falls against the year before the first summed; heads over numbered rows)
    # eng-at1: 89 → 105 (year items under a numbered lead, a table's first year row against
    # the year before, a cut urged in percent outside, parts counted before "của" their body, a
    # sector's viên chức inside the last part a subset)
    # both merged (the integrator: a first year row's nought under a signed column has no sign
    # to tell, so Sơn La's row of blind-am2 stays read): 112, 0, 0, 4 of 5
    # eng-latent10 (alone on c4e37f3: 89 → 93, misreads 9 → 3, false alarms 8 → 4: the group
    # rows' parts not written where a row is the sum of the rows after it and the total does
    # not add them all)
    # eng-at3: 112 → 114 (a last clause kept as in the year its sentence compares with; "hai
    # con số này lần lượt còn A và B" after two categories' figures)
    (BLIND_AT1, 114, 0, 0, 4),
    # eng-at2: 63 → 80, slips 4 → 6 (required-rate column, "tinh giản" headline, a headline
    # the figures bear out, fronted base on the body's line, minimum rule then result,
    # "Giữ nguyên" cells)
    # Two truths corrected to the corpus README's convention ("giữ nguyên so với năm Y" gives
    # the line's year and a reduction of 0, not Y's figure; as 269 of the 283 such lines of
    # all sets): 80 → 82
    # eng-at3: 82 → 84 (a note's label before a fronted comparison; people in post "hiện có
    # của" a body outside)
    (BLIND_AT2, 84, 0, 0, 6),
    # AU first contact on c4e37f3: AU1 101/127, 0, 0, 5 of 6
    # eng-au2: AU1 101 (unchanged); eng-au1: 101 → 109, slips 5 → 6 (a year run whose first
    # link alone names the year before; '(đã giao: N)'; people in post 'chỉ N' outside)
    (BLIND_AU1, 109, 0, 0, 6),
    # AU first contact on c4e37f3: AU2 107/131, 0, 0, 2 of 5 with a false all-clear (Hòa
    # Bình's "C" after "A", "B" read as a Roman numeral, the rows under "A" dropped from its sum)
    # eng-au2: AU2 107, slips 2 → 3, false all-clears 1 → 0 ("C" after "B" a group letter; a
    # row under a level the table does not open unread)
    (BLIND_AU2, 107, 0, 0, 3),
    # AV first contact on 5ebb619b: AV1 62/123, 8 misread lines, 4 false alarms, 2 of 3 slips
    # s24: 62 → 67, misreads 8 → 0, false alarms 4 → 0, slips 2 → 3 (a "Trong số ..." frame
    # never the heading's category; a fronted comparison "So với ... năm Y là N, ..."; a
    # budget-paid subject that may be a part unread; a count glossed with part-time staff out)
    # s24: 67 → 68 (a bracketed base glossed "cộng số của ...", tied by its rate)
    (BLIND_AV1, 68, 0, 0, 3),
    # AV first contact on 5ebb619b: AV2 101/126, 1 misread line, 2 false alarms, 3 of 3 slips
    # s24: misreads 1 → 0, false alarms 2 → 0 (a figure whose year was the headline's, which
    # the body contradicts with the same unit's figure of that year said in its own sentence)
    (BLIND_AV2, 101, 0, 0, 3),
    # AW first contact (s25, main b9b9c0b7 with the steps rule): AW1 101/120, 0 misread
    # lines, 0 false alarms, 2 of 3 slips; AW2 77/95, 0, 0, 2 of 3
    # s25: 101 → 109, slips 2 → 3 (a bare "Giảm" and "Tỷ lệ giảm" after a category's two
    # year columns are that category's change and rate)
    (BLIND_AW1, 109, 0, 0, 3),
    # s25: 77 → 79, slips 2 → 3 ("Số giảm so với năm trước" the total's changes; a "Trong đó:"
    # row of a table numbering rows in their names some of the row above, never a part)
    # s25: 79 → 77: An Giang's "Trong tổng số biên chế tại điểm b khoản 1 Điều này có 1.020
    # biên chế công chức làm việc tại …" (and its variant) unread: it was filed under the
    # plain công chức line, which the runner's mapping took for the subset (a latent misread
    # that gave Khánh Hòa of AX2 its false alarm)
    (BLIND_AW2, 77, 0, 0, 3),
    # AX first contact (s25, main e13985e4): AX1 98/116, 1 misread line, 0 false alarms, 3 of 4
    # slips; AX2 81/115, 4 misread lines, 2 false alarms, 2 of 3
    # s25: AX1 98 → 99, misreads 1 → 0 (posts set apart "không tính vào số tại khoản 1")
    (BLIND_AX1, 99, 0, 0, 3),
    # s25: AX2 81 → 92, misreads 4 → 0, false alarms 2 → 0, slips 2 → 3 (a frame into a point
    # naming the category after its count unread; parts after a change adding up to the value
    # are the value's; year chains linked by arrows; "Tổng cộng, số người làm việc …")
    (BLIND_AX2, 92, 0, 0, 3),
    # AY first contact (s25, main c5abb75e): AY1 79/95, 0 misread lines, 0 false alarms, 3 of 6
    # slips; AY2 91/115, 0, 0, 3 of 3
    # s25: AY1 79 → 80 (a year glossed "(năm gốc …)" is the year alone)
    (BLIND_AY1, 80, 0, 0, 3),
    (BLIND_AY2, 91, 0, 0, 3),
    # Session 19: six branches (eng-ownrev, eng-ao, eng-latent5, eng-mutate2, eng-unread5,
    # eng-slips8; docs/extraction.md) and the integrator's fix merged: every floor above raised
    # to its measure; the runner now also checks the own-revenue mark (`self_funded`).
    # Session 13: five branches (eng-mech, eng-news8, eng-unread, eng-slips4, eng-speed;
    # docs/extraction.md) merged: every floor above raised to its measure; AD's declared
    # misreads and false alarms gone (eng-mech's guards, eng-news8's commune staff).
    # Session 12: seven branches (eng-slips3, eng-news6, eng-sections, eng-chains3, eng-guard,
    # eng-inpost4, eng-subsets2; docs/extraction.md) and the integrator's fixes merged: every
    # floor above raised to its measure; AB2's declared misreads gone (staff-in-post convention).
    # Session 11: eight branches (eng-latent, eng-perturb, eng-tables7, eng-communes,
    # eng-mergers, eng-adjust3, eng-lists3, eng-news5; docs/extraction.md) and the
    # integrator's fixes merged: every floor above raised to its measure.
    # Session 10: statements.py split, eight branches (eng-lists, eng-tables6, eng-news4,
    # eng-yearitems2, eng-parens, eng-bodies3, eng-twoyears, eng-outside3; docs/extraction.md)
    # and the integrator's fixes merged: every floor above raised to its measure.
    # Session 9: eight branches (eng-each, eng-yearitems, eng-multi2, eng-reserve, eng-adjust2,
    # eng-outside2, eng-tables5, eng-news3; docs/extraction.md) and the integrator's fixes for
    # T, U and V merged: every floor above raised to its measure, 0 misreads, 0 false alarms.
    # Branches readc, allocations, prose and confusers merged (each fixing some causes in
    # parallel; duplicates removed, the stricter rule kept where they differed): the
    # floors of session 4. Session 5: the six branches eng-* merged with gfix and hfix
    # (blind sets G and H used), measured 17:00 UTC: the floors above, 0 misreads and 0
    # false alarms on every set.
]


@pytest.mark.parametrize(
    ("root", "least_read", "most_misreads", "most_false_alarms", "least_found"),
    CASES,
    ids=[case[0].name for case in CASES],
)
def test_reading_never_gets_worse(
    root: Path, least_read: int, most_misreads: int, most_false_alarms: int, least_found: int
) -> None:
    t = _totals(root)
    assert t.false_all_clears == 0
    assert t.correct >= least_read
    assert t.misreads <= most_misreads
    assert t.false_alarms <= most_false_alarms
    assert t.found >= least_found
