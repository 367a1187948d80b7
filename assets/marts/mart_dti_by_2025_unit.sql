-- depends_on: fact_indicator_preferred, dim_province, dim_indicator
-- materialize: table
-- step: dti_marts
-- DTI scores by the 34 units formed on 2025-07-01. The ministry's 34-unit value of a unit is the
-- average of the values of the provinces merged into it: where every member's 63-grouping value is
-- known the average is recomputed and shown beside the published 34-unit value; where a member's value
-- is missing nothing is recomputed (never an average of fewer members) and the missing members are named.
-- Rows: every unit and edition for the overall score, and any other score measure with something known.
WITH units AS (
    SELECT province_code AS unit_code, name_vi AS unit_name, member_codes FROM dim_province WHERE grouping = 34
),
measures AS (
    SELECT indicator_code, name_vi, name_en, subfamily FROM dim_indicator
    WHERE family = 'dti' AND subfamily IN ('overall', 'pillar', 'main_index') AND unit = 'score'
      AND valid_min >= 0  -- levels, not published changes
),
pref AS (
    SELECT f.* FROM fact_indicator_preferred AS f JOIN measures USING (indicator_code)
    WHERE NOT f.is_target AND f.grouping IS NOT NULL
),
editions AS (SELECT DISTINCT year FROM pref),
member_values AS (
    SELECT u.unit_code, e.year, m.indicator_code, mp.province_code AS member_code, mp.name_vi AS member_name,
           v.value, v.fact_id
    FROM units AS u
    CROSS JOIN editions AS e
    CROSS JOIN measures AS m
    JOIN dim_province AS mp ON list_contains(u.member_codes, mp.province_code)
    LEFT JOIN pref AS v ON v.province_code = mp.province_code AND v.grouping = 63
                       AND v.year = e.year AND v.indicator_code = m.indicator_code
),
recomputed AS (
    SELECT unit_code, year, indicator_code,
           count(*) AS members, count(value) AS members_known,
           list(member_code ORDER BY member_code) AS member_codes,
           list(value ORDER BY member_code) AS member_values,
           list(fact_id ORDER BY member_code) FILTER (WHERE fact_id IS NOT NULL) AS member_fact_ids,
           string_agg(format('{} {}', member_code, member_name), ', ' ORDER BY member_code) FILTER (WHERE value IS NULL)
               AS missing_members,
           CASE WHEN count(value) = count(*) THEN avg(value) END AS recomputed_value,
           CASE WHEN count(value) = count(*) THEN
                '(' || string_agg(value::VARCHAR, ' + ' ORDER BY member_code) || ') / ' || count(*) END AS recomputation
    FROM member_values GROUP BY ALL
)
SELECT r.unit_code, u.unit_name, r.year, r.indicator_code, m.name_vi AS indicator_name_vi, m.name_en AS indicator_name_en,
       pub.value AS published_value, pub.fact_id AS published_fact_id, pub.source_kind AS published_source_kind,
       r.members, r.members_known, r.member_codes, r.member_values, r.member_fact_ids,
       round(r.recomputed_value, 6) AS recomputed_value, r.recomputation,
       round(pub.value - r.recomputed_value, 6) + 0.0 AS difference,
       r.missing_members,
       concat_ws('; ',
           CASE WHEN pub.value IS NOT NULL THEN format('published {}', pub.value) ELSE 'no published 34-unit value' END,
           CASE WHEN r.recomputed_value IS NOT NULL
                THEN format('recomputed {} = {}', r.recomputation, round(r.recomputed_value, 6))
                ELSE format('not recomputed: no {} value for {} ({} of {} members missing)', r.year, r.missing_members,
                            r.members - r.members_known, r.members) END,
           CASE WHEN pub.value IS NOT NULL AND r.recomputed_value IS NOT NULL
                THEN format('difference {}', round(pub.value - r.recomputed_value, 6) + 0.0) END
       ) AS statement
FROM recomputed AS r
JOIN units AS u USING (unit_code)
JOIN measures AS m USING (indicator_code)
LEFT JOIN pref AS pub ON pub.province_code = r.unit_code AND pub.grouping = 34
                     AND pub.year = r.year AND pub.indicator_code = r.indicator_code
WHERE r.indicator_code = 'dti_score' OR pub.value IS NOT NULL OR r.members_known > 0
ORDER BY r.year, r.indicator_code, r.unit_code
