// A name written several ways is shown the way with the fewest capitals, then the first in code-point
// order (as for persons): the same whatever order articles load in.
UNWIND $rows AS row
// The article first: its row of this batch is always there, and a row that went on after
// a MERGE but stopped at a later MATCH would be left out of the counts below.
MATCH (a:Article {id: row.article})
MERGE (o:Organization {key: row.key})
WITH a, o, row,
  size([ch IN split(row.name, '') WHERE ch <> toLower(ch)]) AS capitals,
  CASE WHEN o.name IS NULL THEN null ELSE size([ch IN split(o.name, '') WHERE ch <> toLower(ch)]) END AS held
SET o += CASE WHEN held IS NULL OR capitals < held OR (capitals = held AND row.name < o.name)
              THEN {name: row.name, name_ascii: row.name_ascii, kind: row.kind} ELSE {} END
MERGE (a)-[m:MENTIONS]->(o)
SET m.evidence = row.evidence
RETURN count(o) AS nodes, count(m) AS relationships
