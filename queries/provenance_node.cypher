// name: provenance_node
// description: >
//   Where a person, body, congress or directive comes from: every article that names it, with
//   the sentences that do.
// params:
//   kind: {type: str, choices: [person, organization, congress, directive], description: "what the key names", example: person}
//   key: {type: str, description: "the node's key as the graph writes it", example: "nguyễn đắc thành"}
//   limit: {type: int, default: 100, min: 1}
CALL {
  MATCH (n:Person {key: $key}) WHERE $kind = 'person' RETURN n
  UNION
  MATCH (n:Organization {key: $key}) WHERE $kind = 'organization' RETURN n
  UNION
  MATCH (n:Congress {key: $key}) WHERE $kind = 'congress' RETURN n
  UNION
  MATCH (n:Directive {key: $key}) WHERE $kind = 'directive' RETURN n
}
MATCH (art:Article)-[m:MENTIONS]->(n)
RETURN n.key AS key,
       art.id AS article,
       art.title AS title,
       art.published AS published,
       art.source AS source,
       m.evidence AS evidence
ORDER BY art.published_start, article
LIMIT $limit
