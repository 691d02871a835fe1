UNWIND $rows AS row
MERGE (p:Post {key: row.key})
ON CREATE SET p.title = row.title, p.organization = row.organization
WITH p, row
MATCH (o:Organization {key: row.org_key})
MERGE (p)-[:OF]->(o)
WITH p, row
MATCH (a:Article {id: row.article})
MERGE (a)-[m:MENTIONS]->(p)
SET m.evidence = row.evidence
