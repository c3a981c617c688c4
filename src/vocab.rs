//! The words the pack and the report share: verdicts, penalties, the language of
//! messages, how safe a fix is. The pack (`pack.rs`) says which a rule may reach and the
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
