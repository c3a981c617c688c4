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
    /// Every verdict, by severity (the order of a pack's `[verdicts]` names).
    pub const ALL: [Verdict; 3] = [Verdict::Pass, Verdict::Review, Verdict::Block];

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
    /// Every penalty, by severity.
    pub const ALL: [Penalty; 3] = [Penalty::Rectify, Penalty::Restrict, Penalty::Ban];

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

/// Declares [`Tag`] from `Variant = "id"` lines, with [`Tag::ALL`] and [`Tag::as_str`].
macro_rules! tags {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, )*) => {
        /// A tag on a lexicon term or a detector (`lexicon/*.tsv`, `[[detector]] tags` in
        /// `pack.toml`, a rule's `anchor_tag`, an operator's extra words). Every tag a pack
        /// writes must be one of these: an unknown tag is a load error naming its file and
        /// line. Some change what the engine does; the others only tell a reviewer what kind
        /// of word a line holds (and stay allowed so a typo in a tag the engine acts on cannot
        /// pass as a new descriptive one).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Tag {
            $( $(#[$doc])* $variant, )*
        }

        impl Tag {
            /// Every tag, in declaration order.
            pub const ALL: &'static [Tag] = &[$( Tag::$variant, )*];

            /// The tag as written in pack files and reports.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Tag::$variant => $id, )*
                }
            }
        }
    };
}

tags! {
    // --- Tags the engine acts on -------------------------------------------------------
    /// Steering: a contact route (genre dampening spares it, as a concrete way in).
    Contact = "contact",
    /// Steering: a group to join (spared by genre dampening; also a rules' `anchor_tag`).
    Group = "group",
    /// Steering: an invite or referral code (spared by genre dampening).
    Code = "code",
    /// Steering: a link or QR code (spared by genre dampening).
    Link = "link",
    /// Action: exists only in crypto, so it is also entity evidence.
    Crypto = "crypto",
    /// Entity: a topic hint (`wallet`, `swap`, `staking`: each has an everyday sense), which
    /// says the text is about crypto only beside hints of other words (`[scoring.hints]`).
    Hint = "hint",
    /// Written in pinyin or initials: reported as the `pinyin` evasion.
    Pinyin = "pinyin",
    /// Written with homophones: reported as the `homophone` evasion.
    Homophone = "homophone",
    /// Context: news reporting; a strong one sets the text's genre.
    Reporting = "reporting",
    /// Context: a risk warning; a strong one sets the text's genre.
    Warning = "warning",
    /// Context: law and courts; a strong one sets the text's genre.
    Legal = "legal",
    /// Context: anti-fraud education; a strong one sets the text's genre.
    Education = "education",
    /// Evidence only as the anchor of a rule whose `anchor_tag` the term carries.
    Reserved = "reserved",
    /// Generate pinyin, half-pinyin, initials and homophone forms of the term.
    Spell = "spell",
    /// Match only next to a Chinese character (`u` for USDT).
    Cjk = "cjk",
    /// An operator's allow word (settings), which overrules what it overlaps.
    Allow = "allow",
    /// Anchor tag: a sign-up offer.
    Signup = "signup",
    /// Anchor tag: a token launch.
    Launch = "launch",
    /// Anchor tag: an offer to recover lost funds.
    Recovery = "recovery",
    /// Anchor tag: a coordinated buy (a group call).
    Coordinated = "coordinated",
    /// Anchor tag: a testimonial of gains credited to whom the money went with.
    Testimonial = "testimonial",
    /// Entity: a place where crypto or NFTs are bought, sold or listed (an exchange, a DEX,
    /// a named wallet, an NFT market). After a call to buy and `on`/`at`/`via` it is the
    /// named platform of POLICY.md's steering (`[scoring] venue`).
    Venue = "venue",
    // --- Descriptive tags, for reviewers ------------------------------------------------
    /// Chinese.
    Zh = "zh",
    /// English.
    En = "en",
    /// Community slang (how people write, not a disguise).
    Slang = "slang",
    /// About NFTs and digital collections.
    Nft = "nft",
    /// Steering: getting in (backup domains, getting around blocks).
    Access = "access",
    /// Steering: a call to action.
    Cta = "cta",
    /// Steering: a sign-up bonus.
    Bonus = "bonus",
    /// Context: negation.
    Negation = "negation",
    /// Context: blockchain technology without trading.
    Tech = "tech",
    /// Context: a hypothetical.
    Hypothetical = "hypothetical",
    /// Context: a story being told.
    Narrative = "narrative",
    /// Confusable sense: advertising.
    Ads = "ads",
    /// Confusable sense: banking.
    Bank = "bank",
    /// Confusable sense: a benchmark.
    Benchmark = "benchmark",
    /// Confusable sense: business.
    Business = "business",
    /// Confusable sense: cameras.
    Camera = "camera",
    /// Confusable sense: coins (money, collecting).
    Coin = "coin",
    /// Confusable sense: colours.
    Color = "color",
    /// Confusable sense: computing.
    Computing = "computing",
    /// Confusable sense: the digital yuan.
    ECny = "e-cny",
    /// Confusable sense: energy.
    Energy = "energy",
    /// Confusable sense: an event.
    Event = "event",
    /// Confusable sense: everyday words.
    Everyday = "everyday",
    /// Confusable sense: family.
    Family = "family",
    /// Confusable sense: finance.
    Finance = "finance",
    /// Confusable sense: fitness.
    Fitness = "fitness",
    /// Confusable sense: food.
    Food = "food",
    /// Confusable sense: commodity futures.
    Futures = "futures",
    /// Confusable sense: foreign exchange.
    Fx = "fx",
    /// Confusable sense: games.
    Game = "game",
    /// Confusable sense: the power grid.
    Grid = "grid",
    /// Confusable sense: herbs.
    Herb = "herb",
    /// Confusable sense: an idiom.
    Idiom = "idiom",
    /// Confusable sense: industry.
    Industry = "industry",
    /// Confusable sense: insurance.
    Insurance = "insurance",
    /// Confusable sense: knock-off goods.
    Knockoff = "knockoff",
    /// Confusable sense: land.
    Land = "land",
    /// Confusable sense: logistics.
    Logistics = "logistics",
    /// Confusable sense: the military.
    Military = "military",
    /// Confusable sense: mining of minerals.
    Mining = "mining",
    /// Confusable sense: money.
    Money = "money",
    /// Confusable sense: museums.
    Museum = "museum",
    /// Confusable sense: networks.
    Network = "network",
    /// Confusable sense: phones and phone plans.
    Phone = "phone",
    /// Confusable sense: physics.
    Physics = "physics",
    /// Confusable sense: policy.
    Policy = "policy",
    /// Confusable sense: a profession.
    Profession = "profession",
    /// Confusable sense: real estate.
    Realestate = "realestate",
    /// Confusable sense: relief.
    Relief = "relief",
    /// Confusable sense: retail.
    Retail = "retail",
    /// Confusable sense: stocks.
    Stock = "stock",
    /// Confusable sense: surveying.
    Survey = "survey",
    /// Confusable sense: time.
    Time = "time",
    /// Confusable sense: trade.
    Trade = "trade",
    /// Confusable sense: USB sticks.
    Usb = "usb",
    /// Confusable sense: the zodiac.
    Zodiac = "zodiac",
}

impl Tag {
    /// The tag written `s`, as [`Tag::as_str`] writes it.
    pub fn parse(s: &str) -> Option<Tag> {
        Tag::ALL.iter().copied().find(|t| t.as_str() == s)
    }
}

/// Error of [`Tag`]'s [`std::str::FromStr`]: the tag is not one of [`Tag::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTag(pub String);

impl std::fmt::Display for UnknownTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown tag {:?}", self.0)
    }
}

impl std::error::Error for UnknownTag {}

impl std::str::FromStr for Tag {
    type Err = UnknownTag;
    fn from_str(s: &str) -> Result<Tag, UnknownTag> {
        Tag::parse(s).ok_or_else(|| UnknownTag(s.to_string()))
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Tag {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_round_trips() {
        for &t in Tag::ALL {
            assert_eq!(Tag::parse(t.as_str()), Some(t));
            assert_eq!(t.as_str().parse::<Tag>(), Ok(t));
            assert_eq!(t.to_string(), t.as_str());
        }
        let mut ids: Vec<&str> = Tag::ALL.iter().map(|t| t.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Tag::ALL.len(), "tag ids are distinct");
        assert_eq!("contcat".parse::<Tag>().unwrap_err().to_string(), "unknown tag \"contcat\"");
        assert_eq!(Tag::parse("Contact"), None);
    }
}
