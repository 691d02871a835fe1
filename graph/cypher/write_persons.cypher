// A name written several ways (capitals in a headline, old tone marks) is shown the way with the
// fewest capitals, then the first in code-point order: the same whatever order articles load in.
UNWIND $rows AS row
// The article first: its row of this batch is always there, and a row that went on after
// a MERGE but stopped at a later MATCH would be left out of the counts below.
MATCH (a:Article {id: row.article})
MERGE (p:Person {key: row.key})
WITH a, p, row,
  size([ch IN split(row.name, '') WHERE ch <> toLower(ch)]) AS capitals,
  CASE WHEN p.name IS NULL THEN null ELSE size([ch IN split(p.name, '') WHERE ch <> toLower(ch)]) END AS held
SET p += CASE WHEN held IS NULL OR capitals < held OR (capitals = held AND row.name < p.name)
              THEN {name: row.name, name_ascii: row.name_ascii} ELSE {} END
MERGE (a)-[m:MENTIONS]->(p)
SET m.evidence = row.evidence
RETURN count(p) AS nodes, count(m) AS relationships
