//! The words the pack and the report share: evidence roles, verdicts, penalties, the
//! language of messages, how safe a fix is, the kinds of disguise. The pack (`pack.rs`) says which a rule may reach and the
//! report (`report.rs`) says which a text got; both re-export these from here, so neither
//! module depends on the other.

use serde::{Deserialize, Serialize};

/// The three verdicts WeChat's own content check uses, ordered by severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Nothing in the text breaks the policy.
    Pass,
    /// Crypto or NFT content with no service, entry or call to action: a person should look.
    Review,
    /// The text offers, points to or teaches a banned service.
    Block,
}

impl Verdict {
    /// `pass`, `review` or `block`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Review => "review",
            Verdict::Block => "block",
        }
    }

    /// Parses `pass`, `review` or `block`.
    pub fn parse(s: &str) -> Option<Verdict> {
        match s {
            "pass" => Some(Verdict::Pass),
            "review" => Some(Verdict::Review),
            "block" => Some(Verdict::Block),
            _ => None,
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The penalty ladder of clause 3.24, by severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Penalty {
    /// 责令限期整改: an order to rectify within a time limit.
    Rectify,
    /// 限制部分功能: some account functions restricted.
    Restrict,
    /// 永久封号: the account is banned for good.
    Ban,
}

impl Penalty {
    /// One step up the ladder (a ban stays a ban).
    pub fn heavier(self) -> Penalty {
        match self {
            Penalty::Rectify => Penalty::Restrict,
            Penalty::Restrict | Penalty::Ban => Penalty::Ban,
        }
    }

    /// `rectify`, `restrict` or `ban`, as in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Penalty::Rectify => "rectify",
            Penalty::Restrict => "restrict",
            Penalty::Ban => "ban",
        }
    }

    /// The penalty's name in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Penalty::Rectify, Lang::Zh) => "责令限期整改",
            (Penalty::Restrict, Lang::Zh) => "限制部分功能",
            (Penalty::Ban, Lang::Zh) => "永久封号",
            (Penalty::Rectify, Lang::En) => "order to rectify",
            (Penalty::Restrict, Lang::En) => "some functions restricted",
            (Penalty::Ban, Lang::En) => "permanent ban",
        }
    }
}

/// The language of messages in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Chinese (the default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Parses `zh` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// How safe it is to apply a fix without reading it (ordered: display-only < unsafe < safe).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixSafety {
    /// Advice only: the author has to rewrite.
    DisplayOnly,
    /// The edit removes words; the sentence may need rereading.
    Unsafe,
    /// The edit removes a route (link, contact, code) and nothing else.
    Safe,
}

/// The kind of evidence a lexicon term or detector contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A crypto or NFT thing: a coin, an exchange, a wallet, a digital collection.
    Entity,
    /// A service verb tied to clauses: buy, sell, presale, copy-trade, resell, stake.
    Action,
    /// A way in: a link, a contact, a code, a group, a sign-up bonus.
    Steering,
    /// Step-by-step instructions.
    Teaching,
    /// Promises of returns, urgency.
    Promise,
    /// A price or an amount of money.
    Price,
    /// Reporting, warning, negation: lowers what its sentence says.
    Context,
    /// An ordinary-sense phrase that absorbs a crypto-looking word inside it.
    Confusable,
}

impl Role {
    /// Every role, in the order of the lexicon files.
    pub const ALL: [Role; 8] = [
        Role::Entity,
        Role::Action,
        Role::Steering,
        Role::Teaching,
        Role::Promise,
        Role::Price,
        Role::Context,
        Role::Confusable,
    ];

    /// The role's id, as in file names and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Entity => "entity",
            Role::Action => "action",
            Role::Steering => "steering",
            Role::Teaching => "teaching",
            Role::Promise => "promise",
            Role::Price => "price",
            Role::Context => "context",
            Role::Confusable => "confusable",
        }
    }

    /// The role named `s` (`entity`, `action`…), as [`Role::as_str`] writes it.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The role's name in `lang`, for people reading a report's evidence.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Role::Entity, Lang::Zh) => "对象",
            (Role::Action, Lang::Zh) => "行为",
            (Role::Steering, Lang::Zh) => "引导",
            (Role::Teaching, Lang::Zh) => "教程",
            (Role::Promise, Lang::Zh) => "收益承诺",
            (Role::Price, Lang::Zh) => "价格",
            (Role::Context, Lang::Zh) => "语境",
            (Role::Confusable, Lang::Zh) => "易混词",
            (Role::Entity, Lang::En) => "entity",
            (Role::Action, Lang::En) => "action",
            (Role::Steering, Lang::En) => "way in",
            (Role::Teaching, Lang::En) => "how-to",
            (Role::Promise, Lang::En) => "promise",
            (Role::Price, Lang::En) => "price",
            (Role::Context, Lang::En) => "context",
            (Role::Confusable, Lang::En) => "ordinary phrase",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A kind of disguise seen through, as evidence reports it. Traditional characters and slang
/// are how people write, not disguises, and have no kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evasion {
    /// Separators or line breaks inside a word (`比 特 币`, `微-信`).
    Separators,
    /// Invisible characters inside a word (zero-width spaces, joiners).
    Invisible,
    /// Full-width or other width variants (`ＵＳＤＴ`).
    Width,
    /// Look-alike letters or digits for letters (`w3chat`, `b1nance`, Cyrillic `е`).
    Lookalike,
    /// Pinyin, half-pinyin or initials for Chinese (`bitebi`, `btb`).
    Pinyin,
    /// Homophones for Chinese characters (`威信` for 微信).
    Homophone,
    /// Text of an HTML draft hidden from readers by styling.
    Hidden,
}

impl Evasion {
    /// Every kind.
    pub const ALL: [Evasion; 7] = [
        Evasion::Separators,
        Evasion::Invisible,
        Evasion::Width,
        Evasion::Lookalike,
        Evasion::Pinyin,
        Evasion::Homophone,
        Evasion::Hidden,
    ];

    /// The kind's name in `lang`, for people reading a report's evidence.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Evasion::Separators, Lang::Zh) => "拆字",
            (Evasion::Invisible, Lang::Zh) => "隐形字符",
            (Evasion::Width, Lang::Zh) => "全角/特殊字形",
            (Evasion::Lookalike, Lang::Zh) => "形近字母",
            (Evasion::Pinyin, Lang::Zh) => "拼音",
            (Evasion::Homophone, Lang::Zh) => "谐音",
            (Evasion::Hidden, Lang::Zh) => "隐藏文字",
            (Evasion::Separators, Lang::En) => "split up",
            (Evasion::Invisible, Lang::En) => "invisible characters",
            (Evasion::Width, Lang::En) => "full-width or styled letters",
            (Evasion::Lookalike, Lang::En) => "look-alike letters",
            (Evasion::Pinyin, Lang::En) => "pinyin",
            (Evasion::Homophone, Lang::En) => "homophone",
            (Evasion::Hidden, Lang::En) => "hidden text",
        }
    }

    /// The kind's id, as in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Evasion::Separators => "separators",
            Evasion::Invisible => "invisible",
            Evasion::Width => "width",
            Evasion::Lookalike => "lookalike",
            Evasion::Pinyin => "pinyin",
            Evasion::Homophone => "homophone",
            Evasion::Hidden => "hidden",
        }
    }
}

impl std::fmt::Display for Evasion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
