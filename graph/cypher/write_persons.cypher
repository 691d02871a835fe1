UNWIND $rows AS row
// The article first: its row of this batch is always there, and a row that went on after
// a MERGE but stopped at a later MATCH would be left out of the counts below.
MATCH (a:Article {id: row.article})
MERGE (p:Person {key: row.key})
ON CREATE SET p.name = row.name, p.name_ascii = row.name_ascii
MERGE (a)-[m:MENTIONS]->(p)
SET m.evidence = row.evidence
RETURN count(p) AS nodes, count(m) AS relationships
