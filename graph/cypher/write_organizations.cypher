UNWIND $rows AS row
// The article first: its row of this batch is always there, and a row that went on after
// a MERGE but stopped at a later MATCH would be left out of the counts below.
MATCH (a:Article {id: row.article})
MERGE (o:Organization {key: row.key})
ON CREATE SET o.name = row.name, o.name_ascii = row.name_ascii, o.kind = row.kind
MERGE (a)-[m:MENTIONS]->(o)
SET m.evidence = row.evidence
RETURN count(o) AS nodes, count(m) AS relationships
