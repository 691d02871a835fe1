// name: directive_links
// description: >
//   The documents a directive refers to (it replaces, amends or implements them) and those that
//   refer to it, with the relation, the article and the sentence of each link.
// params:
//   directive: {type: directive, description: "a code or a code|year key", example: "45-CT/TW"}
//   limit: {type: int, default: 200, min: 1}
MATCH (d:Directive)
WHERE d.key = $directive.key OR ($directive.key IS NULL AND d.key STARTS WITH $directive.prefix)
CALL (d) {
  MATCH (d)-[r:REFERS_TO]->(other:Directive)
  RETURN 'refers_to' AS direction, r, other
  UNION ALL
  MATCH (d)<-[r:REFERS_TO]-(other:Directive)
  RETURN 'referred_to_by' AS direction, r, other
}
OPTIONAL MATCH (art:Article {id: r.article})
RETURN d.key AS directive,
       direction,
       r.relation AS relation,
       other.key AS other,
       other.code AS other_code,
       other.type AS other_type,
       other.date AS other_date,
       r.article AS article,
       art.title AS article_title,
       art.published AS published,
       r.evidence AS evidence
ORDER BY directive, direction DESC, relation, other, article
LIMIT $limit
