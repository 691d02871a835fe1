UNWIND $rows AS row
MERGE (p:Person {key: row.key})
ON CREATE SET p.name = row.name, p.name_ascii = row.name_ascii
WITH p, row
MATCH (a:Article {id: row.article})
MERGE (a)-[m:MENTIONS]->(p)
SET m.evidence = row.evidence
