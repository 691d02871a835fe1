// Title and body name written several ways are shown the way with the fewest capitals, then the
// first in code-point order (as for persons): the same whatever order articles load in.
UNWIND $rows AS row
// The body and the article first (this batch wrote both): a row that went on after a MERGE but
// stopped at a later MATCH would be left out of the counts below.
MATCH (o:Organization {key: row.org_key})
MATCH (a:Article {id: row.article})
MERGE (p:Post {key: row.key})
WITH a, o, p, row, row.title + '|' + row.organization AS written,
  CASE WHEN p.title IS NULL THEN null ELSE p.title + '|' + p.organization END AS shown
WITH a, o, p, row, written, shown,
  size([ch IN split(written, '') WHERE ch <> toLower(ch)]) AS capitals,
  CASE WHEN shown IS NULL THEN null ELSE size([ch IN split(shown, '') WHERE ch <> toLower(ch)]) END AS held
SET p += CASE WHEN held IS NULL OR capitals < held OR (capitals = held AND written < shown)
              THEN {title: row.title, organization: row.organization} ELSE {} END
MERGE (p)-[of:OF]->(o)
MERGE (a)-[m:MENTIONS]->(p)
SET m.evidence = row.evidence
RETURN count(p) AS nodes, count(of) + count(m) AS relationships
