UNWIND $rows AS row
MERGE (o:Organization {key: row.key})
ON CREATE SET o.name = row.name, o.name_ascii = row.name_ascii, o.kind = row.kind
WITH o, row
MATCH (a:Article {id: row.article})
MERGE (a)-[m:MENTIONS]->(o)
SET m.evidence = row.evidence
