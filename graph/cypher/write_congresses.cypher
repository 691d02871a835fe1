UNWIND $rows AS row
MERGE (c:Congress {key: row.key})
ON CREATE SET c.organization = row.organization, c.ordinal = row.ordinal,
              c.name = row.name, c.name_ascii = row.name_ascii
WITH c, row
MATCH (o:Organization {key: row.org_key})
MERGE (c)-[:OF]->(o)
WITH c, row
MATCH (a:Article {id: row.article})
MERGE (a)-[m:MENTIONS]->(c)
SET m.evidence = row.evidence, m.term = row.term
