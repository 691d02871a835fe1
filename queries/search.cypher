// name: search
// description: >
//   Persons, bodies, directives and congresses whose name matches the words, diacritics and
//   case optional ("nguyen dac th" finds Nguyễn Đắc Thành), best match first.
// params:
//   q: {type: search, description: "words of the name, with or without diacritics", example: "nguyen dac thanh"}
//   kind: {type: str, default: any, choices: [any, person, organization, directive, congress], description: "only this kind of thing"}
//   limit: {type: int, default: 20, min: 1, example: 20}
//   offset: {type: int, default: 0, min: 0}
CALL {
  CALL db.index.fulltext.queryNodes('name_search', $q.lucene) YIELD node, score
  RETURN node, score
  UNION
  // Directives have a code, not a name: the code as typed is a prefix of their keys.
  MATCH (node:Directive) WHERE node.key STARTS WITH $q.code_prefix
  RETURN node, 1.0 AS score
}
WITH node, score,
     CASE
       WHEN node:Person THEN 'person'
       WHEN node:Organization THEN 'organization'
       WHEN node:Directive THEN 'directive'
       WHEN node:Congress THEN 'congress'
     END AS kind
WHERE kind IS NOT NULL AND ($kind = 'any' OR kind = $kind)
RETURN kind,
       node.key AS key,
       coalesce(node.name, node.code) AS name,
       score
ORDER BY score DESC, name
SKIP $offset
LIMIT $limit
