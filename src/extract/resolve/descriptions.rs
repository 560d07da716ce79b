//! Descriptions: speaker phrases with no name (`پولیس کے ترجمان`, `کمپنی`, `سابق وزیر
//! اطلاعات`), and whom they describe: a body named before by its kind or generic name, the
//! person just quoted, a titled name the text gave before, or someone new.

use std::ops::Range;

use super::{Parts, Resolver, GENERIC_ANTECEDENT, LOOKBACK};
use crate::extract::document::Document;
use crate::extract::speaker::{skeleton, Speaker, SpeakerKind};
use crate::lexicon::words::Roles;

/// What a description tells, read once for the steps that resolve it.
struct Description<'p> {
    phrase: &'p Range<usize>,
    parts: &'p Parts,
    /// The keys of the title's role words (titles and leaders' words).
    roles: Vec<String>,
    /// The phrase's last token.
    head: Option<usize>,
    /// Whether a body is named by its kind (`ریٹنگ ایجنسی`, then `ایجنسی`): a group whose
    /// last word names a kind of body.
    group_head: bool,
    /// Whether the description is indefinite (`ایک سینئر صحافی`, "a senior journalist"):
    /// it introduces someone new and points back to no one.
    indefinite: bool,
    /// The keys of the title's words that name a body of the state by its kind (`پولیس` in
    /// `پولیس کے ترجمان`).
    body_words: Vec<String>,
}

impl Description<'_> {
    /// Whether a speaker with the title `title` (its words' keys) is who the description
    /// describes: the title holds every role word, and names the same body (the police's
    /// spokesman is not the foreign ministry's).
    fn holds(&self, title: &[String]) -> bool {
        self.body_words.iter().all(|w| title.contains(w)) && holds_roles(title, &self.roles)
    }
}

impl Resolver<'_, '_, '_> {
    /// A description: a demonym and a leader's role, a role seen before, a body named by its
    /// kind; or a new speaker known by the description.
    pub(super) fn resolve_description(&mut self, phrase: &Range<usize>, parts: &Parts) -> usize {
        let mention = self.mention(phrase);
        let d = self.describe(phrase, parts);
        if let Some(i) = self.described_before(&d).or_else(|| self.generic_body(&d)) {
            if parts.country.is_some() {
                self.name_more_fully(i, phrase);
            }
            self.add_mention(i, mention, phrase.start);
            return i;
        }
        if let Some(i) = self.body_by_kind(phrase, &d) {
            return i;
        }
        if let Some(named) = self.in_apposition(&d) {
            let named_parts = self.split(&named);
            return self.resolve_name(phrase, named_parts);
        }
        // A body known by its kind (`ایجنسی کے مطابق`, `ریٹنگ ایجنسی نے`) that the text
        // named before with those words as its title (`کریڈٹ ریٹنگ ایجنسی موڈیز انویسٹرز
        // سروس نے`) is that body.
        // (The police or the army known by their kind are themselves, `پولیس`.)
        let bare_kind = d.group_head
            && !d.indefinite
            && parts.country.is_none()
            && !d.head.is_some_and(|h| self.doc.is(h, Roles::INSTITUTION))
            && !phrase
                .clone()
                .any(|j| self.doc.is(j, Roles::GENITIVE | Roles::COLLECTIVE));
        if let Some(named) = bare_kind.then(|| self.kind_before_name(phrase)).flatten() {
            return self.resolve_name(phrase, named);
        }
        // With no body quoted yet, the generic name is the well-known body the text last
        // named (`فیس بک …`, then `کمپنی نے کہا`).
        if let Some(body) = self
            .is_generic(&d)
            .then(|| {
                self.body_before(phrase.start, |b| {
                    self.of_its_kind(&d, || self.holds_court(b))
                })
            })
            .flatten()
        {
            let body_parts = self.split(&body);
            if !body_parts.name.is_empty() {
                return self.resolve_name(phrase, body_parts);
            }
        }
        // Or the body the text named with that kind word (`لیکسس نامی کمپنی نے … تیار کیا`,
        // then `کمپنی کا خیال ہے`).
        // Or the body the text made a subject under a name ending with that kind word
        // (`پاکستان کرکٹ بورڈ نے … اعلان کیا`, then `بورڈ کے مطابق`).
        if let Some(parts) = self
            .is_generic(&d)
            .then(|| {
                d.head.and_then(|h| {
                    self.called_before(phrase.start, h)
                        .or_else(|| self.named_with_kind(phrase.start, h))
                })
            })
            .flatten()
        {
            return self.resolve_name(phrase, parts);
        }
        // The word for any organization (`ادارے کے مطابق`, "according to the organization")
        // is the body the text last named after the word for its kind (`موبائل فون کمپنی
        // شایام ٹیلی کام نے`).
        let organization = d
            .head
            .is_some_and(|h| matches!(self.doc.key(h), "ادارے" | "ادارہ"));
        if let Some(parts) = (organization && self.is_generic(&d))
            .then(|| self.body_named_after_kind(phrase.start))
            .flatten()
        {
            return self.resolve_name(phrase, parts);
        }
        // A title the text gave a named person before (`وزیر اعلیٰ سندھ مراد علی شاہ …`,
        // then `وزیر اعلیٰ سندھ نے کہا`) names that person.
        if let Some(named) = self
            .titled_antecedent(&d)
            .filter(|_| !parts.group && !d.indefinite)
        {
            let named_parts = self.split(&named);
            return self.resolve_name(phrase, named_parts);
        }
        // An epithet alone (`اداکار کا کہنا ہے`, "the actor says"; `ملزم نے بتایا`) that no
        // one was given before is the person the text is about, as a pronoun would be.
        let epithet = phrase.len() == 1 && self.doc.is(phrase.start, Roles::EPITHET);
        if epithet && !parts.group && !d.indefinite {
            if let Some(i) = self.resolve_epithet(phrase) {
                return i;
            }
        }
        if let Some(i) = self.person_just_quoted(&d) {
            self.add_mention(i, mention, phrase.start);
            return i;
        }
        // An office named before its holder (`مشیر خارجہ نے … واضح کیا`, then `مشیر خارجہ
        // سرتاج عزیز کا کہنا تھا`) is the person the text names later with that very title.
        if let Some(named) = self
            .titled_later(&d)
            .filter(|_| !parts.group && !d.indefinite)
        {
            let named_parts = self.split(&named);
            return self.resolve_name(phrase, named_parts);
        }
        let kind = if parts.group {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Unknown
        };
        let speaker = Speaker {
            name: self.doc.text(phrase),
            kind,
            title: None,
            mentions: Vec::new(),
        };
        let i = self.create(speaker, 0, &parts.title, mention, phrase.start);
        // The country a description names (`چینی سفارت خانہ کے ایک سینئر عہدیدار`) is the
        // speaker's: a shorter description later (`چینی عہدیدار`) names them again.
        if let Some(e) = self.entries.get_mut(i) {
            e.country.clone_from(&parts.country);
        }
        i
    }

    /// The person an epithet alone at `phrase` refers to: the one the text called so before
    /// (`ملزم نے … بتایا`, then, after a witness spoke, `ملزم نے کہا`); else the person the
    /// text has turned to since the last speaker spoke; else the last person quoted. An
    /// epithet says what a person is: a body is none.
    fn resolve_epithet(&mut self, phrase: &Range<usize>) -> Option<usize> {
        let epithet = self.doc.text(phrase);
        let person = |r: &Range<usize>| {
            let parts = self.split(r);
            !parts.group && !parts.name.is_empty()
        };
        let called_so = self
            .recent()
            .find(|(_, e)| e.speaker.mentions.iter().any(|m| m.text() == epithet))
            .map(|(i, _)| i);
        if called_so.is_none() {
            if let Some(subject) = self.subject_since_last(phrase.start).filter(person) {
                return Some(self.resolve_antecedent(&subject, phrase));
            }
        }
        let i = called_so.or_else(|| {
            self.recent()
                .find(|(_, e)| e.speaker.kind == SpeakerKind::Person)
                .map(|(i, _)| i)
        })?;
        let mention = self.mention(phrase);
        self.add_mention(i, mention, phrase.start);
        Some(i)
    }

    /// A body known so far by its kind alone (`پولیس کے مطابق`) that the text then names
    /// more fully, with its country (`برطانوی پولیس کی جانب سے`), is called by the fuller
    /// name: it ends with the words it was known by.
    fn name_more_fully(&mut self, i: usize, phrase: &Range<usize>) {
        let k = self.doc;
        let description = k.keys_of(phrase);
        let text = k.text(phrase);
        if let Some(e) = self.entries.get_mut(i) {
            let longer = description
                .strip_suffix(e.description.as_str())
                .is_some_and(|before| before.ends_with(' '));
            let body = e.speaker.kind == SpeakerKind::Organization;
            if body && e.name_words == 0 && e.country.is_none() && longer {
                e.speaker.name = text;
                e.description = description;
            }
        }
    }

    /// What the description `phrase`, split into `parts`, tells.
    fn describe<'p>(&self, phrase: &'p Range<usize>, parts: &'p Parts) -> Description<'p> {
        let k = self.doc;
        let roles: Vec<String> = parts
            .title
            .clone()
            .filter(|&j| k.is(j, Roles::TITLE | Roles::LEADER))
            .map(|j| k.key(j).to_owned())
            .collect();
        let head = phrase.end.checked_sub(1);
        Description {
            phrase,
            parts,
            roles,
            head,
            group_head: parts.group && head.is_some_and(|j| k.is(j, Roles::GROUP)),
            indefinite: phrase.clone().any(|j| k.is(j, Roles::INDEFINITE)),
            body_words: parts
                .title
                .clone()
                .filter(|&j| k.is(j, Roles::INSTITUTION))
                .map(|j| k.key(j).to_owned())
                .collect(),
        }
    }

    /// The recent speaker that a description names again: one known by the same
    /// description (a body named by its kind, the body last named so), a leader of the same
    /// country, or one whose title holds every role word of the description.
    fn described_before(&self, d: &Description<'_>) -> Option<usize> {
        let k = self.doc;
        let parts = d.parts;
        let description = k.keys_of(d.phrase);
        let head_key = d.head.map_or("", |j| k.key(j));
        let plural = d.head.is_some_and(|j| k.is(j, Roles::COLLECTIVE));
        let country = &parts.country;
        self.recent()
            .filter(|_| !d.indefinite)
            .find(|(_, e)| {
                let same_country = country.is_some() && e.country == *country;
                // A body named by its kind again (`ایجنسی`, `ریٹنگ ایجنسی`, `برطانوی پولیس`):
                // one description's words are among the other's (`بلوچستان انوائرنمنٹ
                // پروٹیکشن ایجنسی` is not `میری ٹائم سکیورٹی ایجنسی`).
                let among = |a: &str, b: &str| a.split(' ').all(|w| b.split(' ').any(|x| x == w));
                let kind_again = d.group_head
                    && e.description.rsplit(' ').next() == Some(head_key)
                    && (among(&description, &e.description) || among(&e.description, &description));
                let same_description =
                    e.name_words == 0 && (e.description == description || kind_again);
                // A body shares a portfolio word with its head (`وزارت خزانہ`, `وزیر
                // خزانہ`; `وزیراعظم آفس`, `وزیراعظم`) but is not that person.
                // A body's description (`صدر کے دفتر`, "the president's office") names a
                // body again, never a person described by title alone.
                let same_kind = if parts.group {
                    e.speaker.kind == SpeakerKind::Organization
                } else {
                    e.speaker.kind != SpeakerKind::Organization
                };
                // A group of people by its role (`کیلی فورنیا یونیورسٹی کے ماہرین`) is not another
                // group with the role (`امریکی ماہرین`): only a description whose words are
                // among its own names it again (`اقتصادی ماہرین`, then `ماہرین`).
                let same_group = !plural || among(&description, &e.description);
                same_description
                    || (same_country && parts.leader && e.leader)
                    || ((same_country || country.is_none())
                        && same_group
                        && same_kind
                        && !d.roles.is_empty()
                        && d.holds(&e.title_words))
            })
            .map(|(i, _)| i)
    }

    /// A body's generic name alone (`کمپنی`, `تنظیم`, `یونیورسٹی`, `اس کمپنی`) is the
    /// organization the text last quoted: not a news agency or paper, the channel of the
    /// news (`نیویارک ٹائمز کے مطابق …، کمپنی کا اصرار ہے`), unless the name is an agency's;
    /// nor the police or the army, known by their kind alone. A well-known body the text
    /// names after it (`گوگل نے ایک نئی ایپ متعارف کرائی ہے۔ کمپنی کا کہنا ہے`) is the one
    /// the text is now about: the steps after this one find it.
    fn generic_body(&self, d: &Description<'_>) -> Option<usize> {
        let agency_kind = d.head.is_some_and(|j| self.doc.is(j, Roles::AGENCY));
        // The body mentioned last, not the one the text named first last.
        let organization = || {
            self.recent()
                .filter(|(_, e)| e.speaker.kind == SpeakerKind::Organization && e.name_words > 0)
                .filter(|(_, e)| !e.agency || agency_kind)
                .filter(|(_, e)| self.outlet_of_its_kind(d, e.speaker.name))
                .filter(|(_, e)| !self.names_role(e.speaker.name, Roles::INSTITUTION))
                .filter(|(_, e)| {
                    self.of_its_kind(d, || self.names_role(e.speaker.name, Roles::COURT))
                })
                .filter(|(_, e)| self.of_the_state_kind(d, e.speaker.name))
                .max_by_key(|(_, e)| e.speaker.mentions.last().map(|m| m.span().start))
        };
        // Another body named since the quoted one's last mention.
        let named_since = |last: usize, name: &str| {
            self.body_before(d.phrase.start, |b| {
                self.of_its_kind(d, || self.holds_court(b))
            })
            .is_some_and(|b| self.doc.span(&b).start > last && self.doc.text(&b) != name)
        };
        self.is_generic(d)
            .then(organization)
            .flatten()
            .filter(|(_, e)| {
                !e.speaker
                    .mentions
                    .last()
                    .is_some_and(|m| named_since(m.span().start, e.speaker.name))
            })
            .map(|(i, _)| i)
    }

    /// Whether a body named `name` may be what the generic name `d` stands for, by the kind of
    /// outlet: a news agency (`خبر رساں ایجنسی`) is not a paper or a channel the text named
    /// by the word for one (`انگریزی جریدے ایکسپریس ٹربیون`), a word for a work.
    fn outlet_of_its_kind(&self, d: &Description<'_>, name: &str) -> bool {
        let k = self.doc;
        let agency = d
            .head
            .is_some_and(|j| k.is(j, Roles::AGENCY) && !k.is(j, Roles::WORK));
        !agency || !self.names_role(name, Roles::WORK)
    }

    /// Whether a body may be what the generic name `d` stands for: a court's generic name
    /// (`عدالت`) stands for a court (`سپریم کورٹ`: `names_court` tells), never another body.
    fn of_its_kind(&self, d: &Description<'_>, names_court: impl FnOnce() -> bool) -> bool {
        !d.head.is_some_and(|j| self.doc.is(j, Roles::COURT)) || names_court()
    }

    /// Whether a body named `name` may be what the generic name `d` stands for, by the kind
    /// of the state's bodies: a ministry, a department or a government (`متعلقہ وزارت`, "the
    /// ministry concerned") is one whose name says so (`وزارت خزانہ`, `پنجاب حکومت`), never a
    /// company or another body (`پی پی ایل کا موقف تھا … متعلقہ وزارت کے مطابق`).
    fn of_the_state_kind(&self, d: &Description<'_>, name: &str) -> bool {
        let k = self.doc;
        let state = |key: &str| matches!(key, "وزارت" | "محکمہ" | "محکمے" | "حکومت");
        !d.head.is_some_and(|j| state(k.key(j))) || name.split(' ').any(state)
    }

    /// Whether a speaker's name holds a word of one of `roles` (a court's, `کورٹ`).
    pub(super) fn names_role(&self, name: &str, roles: Roles) -> bool {
        let v = self.doc.vocabulary;
        name.split(' ').any(|w| v.roles(v.sym(w)).has(roles))
    }

    /// Whether the tokens `r` hold a word for a court.
    fn holds_court(&self, r: &Range<usize>) -> bool {
        r.clone().any(|j| self.doc.is(j, Roles::COURT))
    }

    /// A body described by its kind (`ریٹنگ ایجنسی`, `سابق حکمراں جماعت`: a group word last,
    /// no name, not indefinite) is, as news writes it, the body the text has named as a
    /// subject since the last speaker (`’فچ ریٹنگز‘ نے … کم کر دیا۔ … ریٹنگ ایجنسی کا کہنا تھا
    /// کہ`), or else the body just quoted; a kind in the plural (`ماہرین`) describes people.
    fn body_by_kind(&mut self, phrase: &Range<usize>, d: &Description<'_>) -> Option<usize> {
        let k = self.doc;
        let plural = d.head.is_some_and(|j| k.is(j, Roles::COLLECTIVE));
        // The police or the army named by their kind are themselves (`پولیس نے عدالت کو
        // بتایا`), not the body quoted last.
        if d.head.is_some_and(|j| k.is(j, Roles::INSTITUTION)) {
            return None;
        }
        let owned = phrase.clone().any(|j| k.is(j, Roles::GENITIVE));
        // A place or a people in it, more words, or a well-known body's name make it a
        // body's own name (`پاکستان پیپلز پارٹی`, `افغان انڈیپینڈنٹ ہیومن رائٹس کمیشن`).
        let named = d.parts.country.is_some()
            || phrase.len() > KIND_WORDS
            || k.org_roles_in(phrase) != Roles::NONE;
        if !d.group_head || plural || d.indefinite || owned || named {
            return None;
        }
        // A bare name: one with a title is a person's.
        let antecedent = self
            .subject_since_last(phrase.start)
            .map(|a| self.split(&a))
            .filter(|parts| {
                // A group of people (`محققین`) is no body; nor is a common noun in the oblique
                // plural (`موسلا دھار بارشوں نے`, "the heavy rains"), which no name takes.
                !parts.name.is_empty()
                    && !k.ends_with(&parts.name, Roles::COLLECTIVE)
                    && !oblique_plural(k, parts.name.end - 1)
                    && parts.title.is_empty()
                    && !self.titled_before(&parts.name, phrase.start)
                    && self.of_its_kind(d, || self.holds_court(&parts.name))
                    && self.of_the_state_kind(d, k.text(&parts.name))
            });
        let i = match antecedent {
            Some(parts) => self.resolve_name(phrase, parts),
            None => {
                // A news agency is the channel of the news, not a body the kind describes
                // (`آئی این پی کے مطابق …۔ ہسپتال انتظامیہ کے مطابق`), unless the kind is an
                // agency's; nor are the police or the army, known by their kind alone.
                let agency_kind = d.head.is_some_and(|j| k.is(j, Roles::AGENCY));
                let i = self.last().map(|(i, _)| i).filter(|&i| {
                    self.entries.get(i).is_some_and(|e| {
                        e.speaker.kind == SpeakerKind::Organization
                            && (!e.agency || agency_kind)
                            && self.outlet_of_its_kind(d, e.speaker.name)
                            && !self.names_role(e.speaker.name, Roles::INSTITUTION)
                            && self.of_its_kind(d, || self.names_role(e.speaker.name, Roles::COURT))
                            && self.of_the_state_kind(d, e.speaker.name)
                    })
                })?;
                let mention = self.mention(phrase);
                self.add_mention(i, mention, phrase.start);
                i
            }
        };
        if let Some(e) = self.entries.get_mut(i) {
            e.speaker.kind = SpeakerKind::Organization;
        }
        Some(i)
    }

    /// Whether the text gave the name `name` (its words, or more) a person's title before
    /// token `at` (`فٹ بال کے نام ور کھلاڑی لائنل میسی`, "the famous footballer Lionel
    /// Messi"): then the bare name is that person's, no body's.
    fn titled_before(&self, name: &Range<usize>, at: usize) -> bool {
        let k = self.doc;
        let words: Vec<String> = name.clone().map(|j| skeleton(k.key(j))).collect();
        self.antecedents_before(at).any(|a| {
            let parts = self.split(&a.phrase);
            let titled = parts
                .title
                .clone()
                .any(|j| k.is(j, Roles::TITLE | Roles::LEADER));
            let named: Vec<String> = parts.name.map(|j| skeleton(k.key(j))).collect();
            titled && words.iter().all(|w| named.contains(w))
        })
    }

    /// Whether a description is a body's generic name alone (`کمپنی`, `اس کمپنی`). A word for
    /// the people of a body (`پولیس حکام`, "police officials") names them, not the body; the
    /// police or the army (`پولیس`) are a body of their own.
    fn is_generic(&self, d: &Description<'_>) -> bool {
        let k = self.doc;
        d.group_head
            && !d
                .head
                .is_some_and(|j| k.is(j, Roles::COLLECTIVE | Roles::INSTITUTION))
            && d.phrase
                .clone()
                .all(|j| k.is(j, Roles::GROUP) || k.is(j, Roles::PRONOUN))
    }

    /// A person's role with nothing to tie it to (`ن لیگی رہنما`, `سابق وزیر اطلاعات`) is, as
    /// news writes it, a definite description of the person just quoted; a plural role
    /// (`ماہرین`, experts) describes a group, never that one person.
    ///
    /// A demonym in the role (`امریکی جمناسٹک اسٹار`) still describes that person, unless the
    /// person is known to be of another country; a country named in it (`جاپان کے وزیر
    /// تعلیم`) makes it an office, someone else, and so does a body that owns the role (`پی
    /// ایف اے کے چیئرمین`) unless the person was given that role. A judge and a party to a
    /// hearing are never each other.
    fn person_just_quoted(&self, d: &Description<'_>) -> Option<usize> {
        let k = self.doc;
        let last = self.last().map(|(i, _)| i);
        let plural = d.head.is_some_and(|j| k.is(j, Roles::COLLECTIVE));
        let country = &d.parts.country;
        let by_place = self.place_country(d.phrase).is_some();
        // A role at a body the phrase names (`پی ایف اے کے چیئرمین`, "the PFA's chairman"; `ایم
        // ڈی پی آئی اے`, "the MD of PIA"; `نیٹو ترجمان`) is that person only if the text gave them that role
        // before; a document's author (`رپورٹ کے مصنف`) is whoever the text is quoting on it,
        // and a leader's adviser (`وزیر اعظم کے مشیر`) may well be the adviser just quoted.
        let not_a_body = Roles::DOCUMENT | Roles::STATEMENT | Roles::TITLE | Roles::LEADER;
        // (A ministry is a body, though its portfolio is a title's word: `وزارت خزانہ کے
        // ترجمان`, "the finance ministry's spokesman".)
        let owned = d
            .phrase
            .clone()
            .skip(1)
            .any(|j| {
                k.is(j, Roles::GENITIVE)
                    && (!k.is(j - 1, not_a_body)
                        || (d.phrase.start..j).any(|w| k.is(w, Roles::GROUP)))
            })
            || (d.phrase.start..d.phrase.end).any(|j| {
                k.org_at(j, d.phrase.end)
                    .is_some_and(|r| r.has(Roles::GROUP))
            })
            || acronym_after_title(k, d.phrase)
            // A relative of someone the phrase names (`اداکارہ کی والدہ`, "the actress's
            // mother"; `میری والدہ`) is not that person either.
            || (d.phrase.len() > 1 && d.head.is_some_and(|j| k.is(j, Roles::KIN)));
        // In a hearing the bench and the parties speak in turn: a party's role (`سرکاری
        // وکیل`, `اٹارنی جنرل`) does not describe the judge just quoted, nor a judge's title
        // someone the text gave another role.
        let judge = self.holds_judge(d.phrase);
        let bench_and_party = |e: &super::Entry<'_>| {
            if e.judge {
                !judge
            } else {
                judge && !e.title_words.is_empty()
            }
        };
        // Who asks (`میزبان نے سوال کیا`, "the host asked") is not the one just quoted: in an
        // interview or a press conference the questions go to the person quoted.
        let asks = (d.phrase.end..d.phrase.end + ASKER_GAP).any(|j| k.is(j, Roles::ASKING));
        // The head of a state or a government (`صدر`, `وزیراعظم`) is one office: named alone,
        // it is its holder, not a person the text quoted without giving them any title
        // (`ماسیا اور تانیا نے … کہا`, then, in the next report, `وزیراعظم کا کہنا تھا`).
        let office = matches!(
            d.roles.iter().map(String::as_str).collect::<Vec<_>>()[..],
            ["صدر"] | ["وزیراعظم"] | ["وزیر", "اعظم"]
        );
        let anaphoric = !d.parts.group
            && !asks
            && !plural
            && !d.indefinite
            && !d.roles.is_empty()
            && last.and_then(|i| self.entries.get(i)).is_some_and(|e| {
                e.speaker.kind == SpeakerKind::Person
                    && (country.is_none()
                        || (!by_place && (e.country.is_none() || e.country == *country)))
                    && (!owned || d.holds(&e.title_words))
                    && !(office && e.title_words.is_empty())
                    && !bench_and_party(e)
            });
        last.filter(|_| anaphoric)
    }

    /// The body a description by its kind (`ایجنسی`, `ریٹنگ ایجنسی`, "the rating agency")
    /// names again, where the text gave those words before a name as its title, with the
    /// subject's marker after the name (`عالمی مالیاتی کریڈٹ ریٹنگ ایجنسی موڈیز انویسٹرز سروس
    /// نے`), no further back than [`GENERIC_ANTECEDENT`] tokens: that name's parts. Read off
    /// the tokens, as such a name ends with a group's word (`سروس`) and is no antecedent. A
    /// kind someone owns (`ان کی کمپنی صارفین کے …`, "his company … users'") is no title.
    fn kind_before_name(&self, kind: &Range<usize>) -> Option<Parts> {
        let k = self.doc;
        let words = kind.len();
        (kind.start.saturating_sub(GENERIC_ANTECEDENT)..kind.start)
            .rev()
            .filter(|&j| j + 1 >= words && !k.is_quoted(j))
            .filter(|&j| (0..words).all(|w| k.key(j + 1 - words + w) == k.key(kind.start + w)))
            .filter(|&j| {
                !(j + 1 - words)
                    .checked_sub(1)
                    .is_some_and(|p| k.is(p, Roles::GENITIVE))
            })
            .find_map(|j| {
                let end = (j + 2..=j + 1 + KIND_NAME_WORDS)
                    .take_while(|&m| m < k.len())
                    .find(|&m| k.is(m, Roles::ERGATIVE))?;
                let plain =
                    (j + 1..end).all(|m| k.is_word(m) && !k.is(m, Roles::STOP | Roles::COLLECTIVE));
                plain.then(|| Parts {
                    title: j + 1 - words..j + 1,
                    name: j + 1..end,
                    group: true,
                    leader: false,
                    country: None,
                })
            })
    }

    /// The parts of the latest body named after the word for its kind before token `at`
    /// (`راجستھان کی موبائل فون کمپنی شایام ٹیلی کام`), no further back than
    /// [`GENERIC_ANTECEDENT`] tokens: among the antecedents, as
    /// [`Self::kind_before_name`] reads the tokens for the one kind word it is given.
    fn body_named_after_kind(&self, at: usize) -> Option<Parts> {
        let k = self.doc;
        self.antecedents_before(at)
            .take_while(|a| a.phrase.start + GENERIC_ANTECEDENT >= at)
            .find(|a| {
                !a.name.is_empty()
                    && a.title.end == a.name.start
                    && a.title.end > a.title.start
                    && k.is(a.title.end - 1, Roles::GROUP)
            })
            .map(|a| Parts {
                group: true,
                ..self.split(&a.phrase)
            })
    }

    /// The person a description describes when it stands in apposition after their name,
    /// set off by a comma (`اے ٹیکو ماڈریڈ کوچ ڈیکو ساتم دن، سابق ارجنٹینا کے میڈ فیلڈر نے`,
    /// "coach Diego Simeone, Argentina's former midfielder, said"): a comma and a named
    /// person right before the description's first word. Urdu news puts such a description
    /// after the name it expands; a description of someone else would have its own clause.
    fn in_apposition(&self, d: &Description<'_>) -> Option<Range<usize>> {
        let k = self.doc;
        if d.indefinite || d.parts.group || d.roles.is_empty() {
            return None;
        }
        // The description may open with words its phrase leaves out: whose or where the role
        // is (`سابق ارجنٹینا کے`), a few words ending with a genitive.
        let start = d.phrase.start;
        let comma = (start.saturating_sub(APPOSITION_WORDS + 1)..start)
            .rev()
            .find(|&j| !k.is_word(j))
            .filter(|&c| k.key(c) == "،")?;
        if comma + 1 < start && !k.is(start - 1, Roles::GENITIVE) {
            return None;
        }
        // The name runs up to the comma, though a word of it may be common (`ساتم دن`, whose
        // `دن` is "day") and end the phrase the text's antecedents found.
        self.antecedents_before(start)
            .next()
            .filter(|a| {
                a.phrase.end <= comma
                    && a.phrase.end + NAME_RUN_ON >= comma
                    && (a.phrase.end..comma).all(|j| k.is_word(j))
                    && !a.name.is_empty()
                    && !a.group
            })
            .map(|a| a.phrase.start..comma)
    }

    /// The latest titled name before `phrase` whose title holds every role word of the
    /// description (`وزیر اعلیٰ`). A plural role (`کچھ ماہرین`, some experts) describes a
    /// group, never one named person; and a name after one (`ناسا کے ماہرین سیٹلائٹ ڈیٹا …`,
    /// NASA's experts … satellite data) is no person's.
    fn titled_antecedent(&self, d: &Description<'_>) -> Option<Range<usize>> {
        let phrase = d.phrase;
        let plural = |r: &Range<usize>| r.clone().any(|j| self.doc.is(j, Roles::COLLECTIVE));
        if d.roles.is_empty() || plural(phrase) {
            return None;
        }
        let k = self.doc;
        let mut holders = self.antecedents_before(phrase.start).filter(|a| {
            // A subject known by its role alone names no one to resolve to.
            let holds = || {
                let title: Vec<String> = a.title.clone().map(|j| k.key(j).to_owned()).collect();
                d.holds(&title)
            };
            !a.name.is_empty() && !a.title.is_empty() && !plural(&a.title) && holds()
        });
        let latest = holders.next()?;
        // Of several holders of the role (`تحصیل صدر امجد عباسی سٹی صدر ملک ذوالفقار بھٹہ`), the
        // one whose words before the name hold the description's other words is the one it
        // means (`پارٹی کے ضلعی صدر`, "the party's district president", is `پاکستان پیپلز
        // پارٹی ضلع راجن پور کے صدر چودھری سرور عباس`): `ضلعی` is the adjective of `ضلع`.
        let modifiers: Vec<&str> = phrase
            .clone()
            .filter(|&j| {
                k.is_word(j)
                    && !k.is(j, Roles::TITLE | Roles::LEADER)
                    && !crate::is_stop_word(k.key(j))
            })
            .map(|j| k.key(j))
            .collect();
        if modifiers.is_empty() {
            return Some(latest.phrase.clone());
        }
        let described = |a: &super::Antecedent| {
            let from = k
                .sentence(a.phrase.start)
                .start
                .max(a.phrase.start.saturating_sub(MODIFIER_WINDOW));
            modifiers.iter().all(|m| {
                (from..a.name.start).any(|j| {
                    let w = k.key(j);
                    w == *m || m.strip_suffix('ی') == Some(w)
                })
            })
        };
        if described(latest) {
            return Some(latest.phrase.clone());
        }
        Some(
            holders
                .find(|a| described(a))
                .unwrap_or(latest)
                .phrase
                .clone(),
        )
    }
}

/// At most this many tokens before a titled name where the words that tie its title to a
/// body or a place stand (`پاکستان پیپلز پارٹی ضلع راجن پور کے صدر چودھری سرور عباس`).
const MODIFIER_WINDOW: usize = 10;

impl Resolver<'_, '_, '_> {
    /// The first titled name after `phrase`, no further on than [`LOOKBACK`] antecedents, whose
    /// title is the description's words exactly, an office of two words or more (`مشیر
    /// خارجہ`, `وزیر اعلیٰ سندھ`): a role alone (`ترجمان`) may be another holder's.
    fn titled_later(&self, d: &Description<'_>) -> Option<Range<usize>> {
        let k = self.doc;
        let words: Vec<&str> = d.phrase.clone().map(|j| k.key(j)).collect();
        let office = words.len() >= 2 && !d.roles.is_empty();
        if !office || d.phrase.clone().any(|j| k.is(j, Roles::COLLECTIVE)) {
            return None;
        }
        let n = self
            .antecedents
            .partition_point(|a| a.phrase.start < d.phrase.end);
        self.antecedents
            .get(n..)
            .unwrap_or(&[])
            .iter()
            .take(LOOKBACK)
            .find(|a| {
                let title = a
                    .name
                    .start
                    .checked_sub(words.len())
                    .filter(|&t| t >= a.phrase.start);
                !a.name.is_empty()
                    && !a.group
                    && title.is_some_and(|t| {
                        (t..a.name.start)
                            .map(|j| k.key(j))
                            .eq(words.iter().copied())
                    })
            })
            .map(|a| a.phrase.clone())
    }
}

/// At most this many words in a body's name after the words for its kind (`ریٹنگ ایجنسی
/// موڈیز انویسٹرز سروس نے`).
const KIND_NAME_WORDS: usize = 4;

/// At most this many words of a description in apposition before the phrase that names the
/// role (see [`Resolver::in_apposition`]).
const APPOSITION_WORDS: usize = 4;

/// At most this many words of a name before a comma that its antecedent left out (see
/// [`Resolver::in_apposition`]).
const NAME_RUN_ON: usize = 2;

/// At most this many tokens from a description to a word of asking that makes it the asker
/// (`میزبان نے سوال کیا`, `صحافی نے ان سے پوچھا`).
const ASKER_GAP: usize = 4;

/// Whether token `j` is a word of the language in the oblique plural (`بارشوں`, `ملکوں`):
/// a common noun, never a name.
fn oblique_plural(k: &Document<'_, '_>, j: usize) -> bool {
    k.tokens.normalized(j).ends_with("وں") && k.in_dictionary(j)
}

/// At most this many words in a body's description by its kind (`سابق حکمراں جماعت`).
const KIND_WORDS: usize = 3;

/// Whether a title's words hold every role word, however the title spells its compounds
/// (`وزیراعظم` and `وزیر اعظم`, `وزیراعلیٰ` and `وزیر اعلیٰ` are one title) and in whichever
/// case it stands (`نمائندہ` and `نمائندے`: see [`same_noun`]).
fn holds_roles(title: &[String], roles: &[String]) -> bool {
    roles.iter().all(|r| title.iter().any(|t| same_noun(t, r)))
        || (roles.iter().any(|r| !r.is_empty())
            && (0..title.len()).any(|i| title.get(i..).is_some_and(|run| spells(run, roles))))
}

/// Whether some of the first words of `words`, written together, are the words of `whole`
/// written together (`وزیر`, `اعظم` spell `وزیراعظم`), compared a byte at a time without
/// building either.
fn spells(words: &[String], whole: &[String]) -> bool {
    let mut wanted = whole.iter().flat_map(|w| w.bytes());
    for word in words {
        if !word.bytes().all(|b| wanted.next() == Some(b)) {
            return false;
        }
        if wanted.clone().next().is_none() {
            return true;
        }
    }
    false
}

/// Whether `phrase` ends with an acronym of two letters or more after a title (`ایم ڈی پی آئی
/// اے`, "the MD of PIA"): a role at a body.
fn acronym_after_title(k: &Document<'_, '_>, phrase: &Range<usize>) -> bool {
    let title = Roles::TITLE | Roles::LEADER;
    (phrase.start + 1..phrase.end)
        .any(|t| k.is(t - 1, title) && !k.is(t, title) && k.spelled(&(t..phrase.end)))
}

/// Whether two words are one noun in the direct and the oblique case: a masculine noun in
/// `ہ` or `ا` ends in `ے` when a postposition follows it or in the plural (`نمائندہ`,
/// `نمائندے`; `ادارہ`, `ادارے`), in a word of three letters or more.
fn same_noun(a: &str, b: &str) -> bool {
    fn stem(w: &str) -> &str {
        w.strip_suffix(['ہ', 'ا', 'ے'])
            .filter(|s| s.chars().nth(1).is_some())
            .unwrap_or(w)
    }
    a == b || (a.ends_with('ے') != b.ends_with('ے') && stem(a) == stem(b))
}
