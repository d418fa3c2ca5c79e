-- report_languages.sql -- how the corpus report reads each language that
-- text_language() names (docs/report.md, "Languages"): the token options
-- of its terms and key phrases (its Snowball stemmer and stopword list,
-- where textkit has them), and whether the entity tagger, trained on
-- English news, reads it (to the tagger a name is a capitalized word, and
-- German capitalizes every noun), and whether it has key phrases (a
-- language written without spaces between its words, Chinese, Japanese or
-- Thai, has none: keywords() would read single characters, as "で き ま
-- す", "can do"). A document whose language is not listed
-- ('und': too short to tell, or a language text_language() does not know)
-- is read as English. Read by sql/report_docs.sql, sql/report_keywords.sql
-- and sql/report_print.sql; TEMP tables, so nothing is left in the database.
CREATE TEMP TABLE IF NOT EXISTS report_languages(lang TEXT PRIMARY KEY, options TEXT, tagger INTEGER, phrases INTEGER DEFAULT 1);
INSERT OR IGNORE INTO report_languages(lang, options, tagger) VALUES
  ('en', 'stem=english stopwords=english', 1),
  ('fr', 'lang=fr stem=french stopwords=french', 0),
  ('de', 'lang=de stem=german stopwords=german', 0),
  ('es', 'lang=es stem=spanish stopwords=spanish', 0),
  ('it', 'lang=it stem=italian stopwords=italian', 0),
  ('pt', 'lang=pt stem=portuguese stopwords=portuguese', 0),
  ('nl', 'lang=nl stem=dutch stopwords=dutch', 0),
  ('sv', 'lang=sv stem=swedish stopwords=sv', 0),
  ('da', 'lang=da stem=danish stopwords=da', 0),
  ('nb', 'lang=nb stem=norwegian stopwords=nb', 0),
  ('fi', 'lang=fi stem=finnish stopwords=fi', 0),
  ('ro', 'lang=ro stem=romanian stopwords=ro', 0),
  ('tr', 'lang=tr stem=turkish stopwords=tr', 0),
  ('hu', 'lang=hu stem=hungarian stopwords=hu', 0),
  ('id', 'lang=id stem=indonesian stopwords=id', 0),
  ('pl', 'lang=pl stem=0 stopwords=pl', 0),
  ('cs', 'lang=cs stem=0 stopwords=cs', 0),
  ('ru', 'lang=ru stem=russian stopwords=russian', 0),
  ('el', 'lang=el stem=greek stopwords=0', 0),
  ('ar', 'lang=ar stem=arabic stopwords=0', 0),
  ('hi', 'lang=hi stem=hindi stopwords=0', 0),
  ('uk', 'stem=0 stopwords=0', 0), ('he', 'stem=0 stopwords=0', 0),
  ('th', 'stem=0 stopwords=0', 0), ('zh', 'stem=0 stopwords=0', 0),
  ('ja', 'stem=0 stopwords=0', 0), ('ko', 'stem=0 stopwords=0', 0);
UPDATE report_languages SET phrases = 0 WHERE lang IN ('zh', 'ja', 'th');

-- Each document's token options, tagger flag and key-phrase flag, from
-- doc_stats.lang.
CREATE TEMP TABLE IF NOT EXISTS doc_options(doc_id INTEGER PRIMARY KEY, tokens TEXT, tagger INTEGER, phrases INTEGER);
INSERT OR IGNORE INTO doc_options
SELECT s.doc_id, coalesce(l.options, 'stem=english stopwords=english'), coalesce(l.tagger, 1),
       coalesce(l.phrases, 1)
FROM doc_stats s LEFT JOIN report_languages l ON l.lang = s.lang;
