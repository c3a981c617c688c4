//! Regex detectors for what a word list cannot catch in a normalized draft: links and
//! exchange domains, contact routes (WeChat, Telegram, QQ), invite codes, wallet addresses,
//! prices, percentages and return promises.
//!
//! The input is expected to be already normalized (lowercase ASCII, half-width punctuation,
//! simplified Chinese). ASCII patterns use ASCII word boundaries (`(?-u:\b)`), so they work
//! right next to CJK characters ("加v:abc12345了解"). A cheap one-pass byte scan and the
//! [`Gate`] (one pass for words the regexes need) decide which regexes can possibly match
//! before any of them runs.

use std::sync::OnceLock;

use regex::{Captures, Regex};

use crate::gate::Gate;
use crate::order::Key;
use crate::ranges::{any_within, sort_positions, Ranges};

/// What a detector found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DetectorKind {
    /// A link: `http(s)://…`, `www.…`, a bare domain such as `abc.com/xyz`, a short link.
    Url,
    /// A URL or domain of a crypto exchange or wallet (reported instead of [`DetectorKind::Url`]).
    ExchangeDomain,
    /// A WeChat contact route: a WeChat keyword (微信, vx, 加v, …) followed by an id or phone number.
    WechatId,
    /// A Telegram route: a keyword followed by a handle, a `t.me/…` link, or an `@handle` near a keyword.
    TelegramHandle,
    /// A QQ number or group number after a QQ keyword.
    QqId,
    /// An invite or referral code after its keyword, or a `?ref=`-style link parameter.
    InviteCode,
    /// A Bitcoin address (legacy, P2SH or bech32).
    BtcAddress,
    /// An Ethereum-style address (`0x` + 40 hex digits).
    EthAddress,
    /// A TRON address (`T` + 33 base58 characters).
    TronAddress,
    /// A token's address on any chain after its label (`CA: 7xKX…`, `合约地址：…`): 32 to 44
    /// base58 characters, or `0x` and 64 hex digits. Meme-coin posts name where to buy with
    /// it; an address with a shape of its own (Ethereum, Bitcoin, TRON) keeps that kind.
    ContractAddress,
    /// A money amount: a currency sign or unit attached to a number.
    Price,
    /// A percentage or multiplier: `30%`, `百分之三十`, `10x`, `100倍`, `年化20%`.
    Percentage,
    /// A promise of returns: `日赚500`, `月入过万`, `保本`, `稳赚`, `guaranteed 20% returns`, …
    ReturnPromise,
    /// A trading level: entry, stop or target followed by a number (`入场2300`, `止损:2250`,
    /// `tp1 2500`, `entry 0.45`).
    TradeLevel,
    /// A trading call: a level that opens a position (`entry 1.92`, `入场2300`) with a level
    /// that closes it (`target 1.95`, `止损2250`) close after or before it. Levels alone are
    /// analysis (support and resistance); an entry with its exit tells the reader what to
    /// do. Reported at the entry level.
    TradeCall,
    /// Giveaway doubling: send coins, get more back (`send 1 eth get 2 back`, `转1个返2个`).
    Doubling,
    /// A ticker written as a cashtag (`$SOSO`, `$PEPE`): crypto posts' way of naming coins.
    Cashtag,
    /// A leverage multiple in a trading sense (`50x`, `100倍杠杆`, `with 25x`, `10x long`).
    Leverage,
    /// A money amount in a stablecoin (`100u`, `50 usdt`, `usdc 20`): a price that is
    /// also evidence of crypto (reported instead of [`DetectorKind::Price`]).
    CryptoAmount,
    /// A numbered step of a list of at least two (`1. 注册`, `2、充值`, `3) buy`): the
    /// shape of instructions.
    Step,
    /// An invite link to a chat group (`discord.gg/…`, `chat.whatsapp.com/…`, `wa.me/…`,
    /// `t.me/+…`, `t.me/joinchat/…`, QQ group links): a group to join, whatever it is called.
    GroupLink,
    /// A link offered as a way to sign up or download, by its shape: a path or query
    /// about registering, joining, inviting or downloading (`/register`, `/signup`,
    /// `/download/app`), or a label right before it (`注册地址：`, `下载链接:`,
    /// `registration address:`). Reported besides its [`DetectorKind::Url`] (or exchange
    /// or group link), so a domain nobody has listed is still a way in.
    SignupLink,
    /// A name shaped like a coin's, known or not: an English word ending in `coin`,
    /// `token` or `inu` (`moonpepecoin`, `babyinu`), or one to three Chinese characters
    /// before `币` (`猫猫币`). Everyday words of that shape (人民币, 硬币, access token)
    /// are confusables in the pack's lexicon, which overrules the shape.
    CoinName,
    /// An offer to get lost money back, by its shape: a recovery expert, team or service
    /// (`recovery experts`, `asset recovery team`), someone who helps recover funds, funds
    /// said to have been recovered (`all my bitcoin was recovered`), an offer to recover
    /// (`专业追回`, `帮你挽回`). News of the police recovering funds, or a warning against
    /// "追回损失" services, is not of these shapes.
    RecoveryOffer,
    /// An email address: a contact route.
    Email,
    /// A handle or phone number right after a contact verb or app (`message @otc_pro`,
    /// `WhatsApp +1 555 010 2233`, `contact us on telegram: @abc_otc`).
    ContactHandle,
    /// A call to a group to trade together: everyone buying, buying at a set time or
    /// together (`everyone buy $xyz`, `buy at 8pm est`, `所有人一起买入`, `8点准时冲`). Telling
    /// people not to sell is advice as often as a pump, so it is not this shape alone.
    GroupCall,
    /// A trading call's result, told to win followers: a target hit (`hit our second
    /// target`, `all targets reached`, `TP2 done`, `目标位已到达`, `止盈出局`). Signal channels
    /// post these to show their calls work.
    SignalResult,
    /// A call to the reader to act, in English: a clause that starts with a transactional
    /// verb in the imperative (`Buy $abc now`, `grab some before listing`, `stake your tokens
    /// and earn`, `gm! ape in`). Negated (`don't buy`) and question clauses are not calls.
    CallToAction,
    /// A service said to be open to the reader, in English: `resale is now live`, `now open
    /// for all holders`, `desk open 24/7`, `available to everyone`; or what it lets its users
    /// do (`lets you sell`, `players can buy and sell`, `tradeable on open marketplaces`), as
    /// a platform's own documentation describes a feature. What is open comes from the words
    /// around it (a market, a pool, a desk); this shape only says it is offered.
    OfferOpen,
    /// The author's own service, in English: `on our dApp`, `our desk`, `my signal group`,
    /// `with us` after a service verb (`host your miners with us`). Whoever writes "our
    /// pool" offers it; what it is comes from the words around it.
    OwnService,
    /// An invitation into a chat group in words: `join us on telegram`, `join our vip
    /// group`, `hop into the discord`, `link in bio`, `dm me for an invite`, `链接在评论区`. No
    /// link or handle is needed: the group is named as the way in, whatever its name.
    GroupInvite,
    /// A referral or a sign-up bonus offered in words: `with my code`, `my referral link`,
    /// `we both get`, `a trial bonus`, `bonus when you deposit`, `充值满1000U送100U`,
    /// `邀请好友即送`. The code or link may stand elsewhere (in a bio, pinned above): offering
    /// it is steering.
    Referral,
    /// The reader asked to get in touch for the deal, in English, without a handle: `message
    /// for quotes`, `dm us for rates`, `reply to this post for pricing`, `ask me how.` The
    /// contact is the platform's own messages; asking for it is steering.
    ContactAsk,
    /// A way around blocks or checks, offered: `mirror site`, `backup link`, `blocked in your
    /// country`, `no kyc`, `备用地址`, `免翻墙`. How to reach an exchange the reader cannot
    /// reach is an access tip, whatever the exchange is called.
    AccessTip,
    /// The author picks a trading place for the reader: a superlative before a venue (`best
    /// bitcoin exchange`, `cheapest app`), a venue the author uses (`the exchange i use`, `the
    /// platform we trade on`), `i use this one`, or in Chinese `我一直用的交易所`, `最靠谱的平台`.
    /// Recommending where to trade is the act of steering there, whatever the venue is called.
    VenuePick,
    /// An amount of a token written as its ticker in capitals (`150,000 FUSE`, `3000 ADM`,
    /// `500 SHIB`): how coin accounts name their own tokens, known to the lexicon or not.
    /// The capitals are read from the original text (the detectors see it lower-cased), so
    /// it is found by [`Detectors::find_ticker_amounts`], not by [`Detectors::detect`].
    TickerAmount,
    /// The ticker heading a trading call's card: a Latin word at the start of a line, at most
    /// two lines above an entry level that has its exit (`CETUS  多\n进场位置:0.125…`, `TRU\n\n
    /// entry 0.073…`). The card names what to trade, known to the lexicon or not; found with
    /// [`DetectorKind::TradeCall`].
    CardTicker,
    /// The reader asked to hand over a wallet address, for an airdrop or a giveaway: `drop
    /// your wallet`, `comment your sol address`, `评论区留下钱包地址`, `回复你的trc20地址`.
    /// Collecting addresses is how such a drop is claimed.
    WalletAsk,
    /// The reader asked to hand over a wallet's keys: `enter your 12-word recovery phrase`,
    /// `paste your secret phrase`, `submit your private key`, `输入你的助记词`, `发送私钥`.
    /// Whoever asks for the keys takes the coins; an ask with a reason to obey (a link, a
    /// deadline, a reward) is the phishing clause 3.24's scams are made of.
    KeyAsk,
    /// A yield offered as a rate, in English: `earn 0.5% daily`, `get up to 12% APY`,
    /// `paying 3% a week`, `18% APR`. A rate after an offering verb or with APY/APR is a
    /// product on offer; a price that `fell 3% a day` is not this shape.
    RateOffer,
    /// A dealer's quote against the market, in the first person or as an ad's gerund: `i pay
    /// above market`, `we buy usdt 2% over market rate`, `selling below market`, `低于市价2%收`,
    /// `高于市价出`, `收价高于市价`. The OTC desk's offer when a coin stands near; a house or a car
    /// sold below market names none, so no rule of this pack fires on it alone.
    MarketQuote,
    /// A trading-signal service named by its kind (`free trading alerts`, `daily crypto
    /// signals`, `gem calls`, `futures signals`) or its group (`pump group`, `trading
    /// channel`): one of the pack's trading domains, then a kind of signal or a group, maybe
    /// after words of the offer (`free`, `vip`). Not `buy signals` or
    /// `price alerts`, which an indicator or an app gives.
    SignalOffer,
    /// A coin changed for money on a payment app or a bank, or back: `usdt to gcash`,
    /// `btc for paypal`, `paypal to btc`, `u换支付宝`, `usdt提现到银行卡`; or a quote, an amount
    /// of a coin at a price (`5k usdt at 1.02`). That is the OTC desk's or the cash-out
    /// helper's offer itself, whoever writes it.
    FiatRail,
    /// Crypto taken as payment, offered: `we accept bitcoin`, `accepting usdt payments`,
    /// `crypto payments welcome`, `pay with usdt and get 10% off`, `支持USDT支付`. Paying for
    /// things in crypto is a use of it the clause bans, and a shop that takes it invites
    /// every reader to.
    CryptoPayment,
    /// A news post's tag at the start of a line: `BREAKING:`, `NOW:`, `JUST IN:`. Context,
    /// as a dateline is: the post reports.
    NewsTag,
    /// A person named by a surname and `某` (`鲍某`, `王某某`), as Chinese news, police and
    /// court reports name the people of a case: at a clause's start, after `的` or after a
    /// role in a case (`被告人张某`). Context, as a dateline is: the text reports on someone.
    /// `某` alone before a noun is "a certain" (`提高某币种`): one `某` followed by a
    /// classifier (`某些`, `某种`) is not a name.
    AnonymizedName,
    /// Something put up for sale, or offers asked for: `for sale`, `make an offer`, `dm for
    /// price` (`USDT for sale, dm for price`; `3 punks up for sale, open to offers`): an offer
    /// to the reader, and with a venue after it where to buy (`for sale on opensea`).
    SaleOffer,
    /// An NFT collection's floor with a price (`floor is 0.31`, `floor 0.8 sol`, `地板 0.42e`,
    /// `地板价9折收`): the lowest ask of a collection on a marketplace, which only NFTs and
    /// digital collections have. It says what the text trades, whatever the collection is
    /// called; a floor of a building has no decimal price or coin unit.
    FloorPrice,
    /// A wallet threatened with a loss unless the reader acts (`all wallets must be
    /// re-validated to avoid temporary suspension`, `upgrade before monday or assets will be
    /// frozen`, `您的钱包…否则资产将在24小时内冻结`): a drainer's lure. Only a wallet: a bank
    /// account's freeze is another scam, out of the pack's scope.
    WalletThreat,
    /// A keyword the reader is told to send back, quoted (`后台回复「VTX」获取`, `评论区留言"上车"`,
    /// `dm me 'alpha' for an invite`): how an account hands out a link or a group without
    /// printing it, as concrete a way in as a code.
    KeywordReply,
    /// What the reader must hold, stake or do to take part (`stake pool to qualify`,
    /// `持有平台币≥500 即可参与`, `持有满 7 天即可上架交易`): the condition of a sale or a
    /// market is the way into it, told to the reader.
    Eligibility,
    /// A fee asked before funds are released (`a small 0.05 btc verification fee`, `pay the
    /// unlock fee of 200 usdt`, `提现需先缴纳20%保证金`, `缴纳解冻费后即可提现`): the advance-fee
    /// scam that fake platforms and fake support run.
    AdvanceFee,
    /// A source a report names (`据官方公告`, `根据媒体报道`, `据央视消息`): `据`, `根据` or `依据`
    /// opening a clause, then within eight characters a kind of source. Context, as `据悉`
    /// is: the sentence relays what someone else said.
    Attribution,
    /// A token's own sales sheet: at least [`TOKEN_SHEET_FIELDS`] different fields of
    /// tokenomics (`total supply`, `buy tax`, `liquidity locked`, `renounced`, `launch time`)
    /// within [`TOKEN_SHEET_REACH`] bytes, a field known by its last word (`total supply` and
    /// `max supply` are one). Every launch post lists them, whatever the token is called; an
    /// article about a coin names its supply. Found from the first field to the one that
    /// completes the count.
    TokenSheet,
    /// Instructions without numbers, in English: at least three clauses that each start
    /// with a verb in the imperative (`Choose a coin. Send it to the exchange. Find the
    /// Earn tab.`), or two that say their order (`first download a wallet, then buy btc`).
    /// One imperative is a call; a run of them walks the reader through something. Negated
    /// clauses (`don't`, `never`) are warnings, not steps.
    Instructions,
    /// A clause that forbids or warns off an act: it starts with a prohibition (`不得`,
    /// `切勿`, `请勿`, `不` before a verb of doing: `不发布…；不提供…`; `Never share`, `do not
    /// click`). Whatever the clause names (a link, an invite code) is what not to do, so
    /// the pack gives it the role `context`.
    Prohibition,
    /// A platform's name glued from a crypto stem and a business stem (`virtualbtcinvest`,
    /// `bitcoinminerpro`, `cryptotradefx`): nobody names a coin so, a platform is named so to
    /// draw deposits. Reported besides [`DetectorKind::CoinName`] on the same word.
    PlatformName,
    /// The money a seller of a coin takes or a buyer pays with, after the coin in its
    /// sentence: `selling 2 eth, paypal accepted`, `500 usdt, i accept wise or revolut`,
    /// `wtb 10k usdt, paying inr via upi`. The terms of a deal offered to the reader, not a
    /// description of how desks work (`they buy usdt for cash`, which is `fiat-rail`).
    PaymentTerms,
    /// What the author, in the first person, helps people do with their money: `i help
    /// people grow their crypto portfolio`, `we have helped clients invest`, `i teach
    /// beginners how to trade`. A service offered, whoever asks for the contact after it.
    ServiceClaim,
    /// Someone's gains credited to whom they put money with: `i have made over $40,000
    /// since i started investing with mrs. hale`, `i invested $1,000 with cryptoprimeplus
    /// and received $12,500`, `thanks to expert lucas i made 3 btc`. The testimonial of an
    /// investment scam or a managed account: it points the reader to the one credited.
    GainTestimonial,
}

impl DetectorKind {
    /// Every kind, in declaration order.
    pub const ALL: [DetectorKind; 61] = [
        DetectorKind::Url,
        DetectorKind::ExchangeDomain,
        DetectorKind::WechatId,
        DetectorKind::TelegramHandle,
        DetectorKind::QqId,
        DetectorKind::InviteCode,
        DetectorKind::BtcAddress,
        DetectorKind::EthAddress,
        DetectorKind::TronAddress,
        DetectorKind::ContractAddress,
        DetectorKind::Price,
        DetectorKind::Percentage,
        DetectorKind::ReturnPromise,
        DetectorKind::TradeLevel,
        DetectorKind::TradeCall,
        DetectorKind::Doubling,
        DetectorKind::CryptoAmount,
        DetectorKind::Step,
        DetectorKind::Leverage,
        DetectorKind::Cashtag,
        DetectorKind::GroupLink,
        DetectorKind::SignupLink,
        DetectorKind::CoinName,
        DetectorKind::RecoveryOffer,
        DetectorKind::Email,
        DetectorKind::ContactHandle,
        DetectorKind::GroupCall,
        DetectorKind::SignalResult,
        DetectorKind::CallToAction,
        DetectorKind::OfferOpen,
        DetectorKind::OwnService,
        DetectorKind::GroupInvite,
        DetectorKind::Referral,
        DetectorKind::ContactAsk,
        DetectorKind::AccessTip,
        DetectorKind::WalletAsk,
        DetectorKind::KeyAsk,
        DetectorKind::RateOffer,
        DetectorKind::MarketQuote,
        DetectorKind::SignalOffer,
        DetectorKind::FiatRail,
        DetectorKind::CryptoPayment,
        DetectorKind::NewsTag,
        DetectorKind::AnonymizedName,
        DetectorKind::SaleOffer,
        DetectorKind::FloorPrice,
        DetectorKind::WalletThreat,
        DetectorKind::KeywordReply,
        DetectorKind::Eligibility,
        DetectorKind::AdvanceFee,
        DetectorKind::Attribution,
        DetectorKind::TokenSheet,
        DetectorKind::Instructions,
        DetectorKind::Prohibition,
        DetectorKind::VenuePick,
        DetectorKind::TickerAmount,
        DetectorKind::PlatformName,
        DetectorKind::PaymentTerms,
        DetectorKind::ServiceClaim,
        DetectorKind::GainTestimonial,
        DetectorKind::CardTicker,
    ];

    /// The stable kebab-case id of this kind (e.g. `"exchange-domain"`).
    pub fn as_str(self) -> &'static str {
        match self {
            DetectorKind::Url => "url",
            DetectorKind::ExchangeDomain => "exchange-domain",
            DetectorKind::WechatId => "wechat-id",
            DetectorKind::TelegramHandle => "telegram-handle",
            DetectorKind::QqId => "qq-id",
            DetectorKind::InviteCode => "invite-code",
            DetectorKind::BtcAddress => "btc-address",
            DetectorKind::EthAddress => "eth-address",
            DetectorKind::TronAddress => "tron-address",
            DetectorKind::ContractAddress => "contract-address",
            DetectorKind::Price => "price",
            DetectorKind::Percentage => "percentage",
            DetectorKind::ReturnPromise => "return-promise",
            DetectorKind::TradeLevel => "trade-level",
            DetectorKind::TradeCall => "trade-call",
            DetectorKind::Doubling => "doubling",
            DetectorKind::CryptoAmount => "crypto-amount",
            DetectorKind::Step => "step",
            DetectorKind::Leverage => "leverage",
            DetectorKind::Cashtag => "cashtag",
            DetectorKind::GroupLink => "group-link",
            DetectorKind::SignupLink => "signup-link",
            DetectorKind::CoinName => "coin-name",
            DetectorKind::RecoveryOffer => "recovery-offer",
            DetectorKind::Email => "email",
            DetectorKind::ContactHandle => "contact-handle",
            DetectorKind::GroupCall => "group-call",
            DetectorKind::SignalResult => "signal-result",
            DetectorKind::CallToAction => "call-to-action",
            DetectorKind::OfferOpen => "offer-open",
            DetectorKind::OwnService => "own-service",
            DetectorKind::GroupInvite => "group-invite",
            DetectorKind::WalletAsk => "wallet-ask",
            DetectorKind::KeyAsk => "key-ask",
            DetectorKind::AccessTip => "access-tip",
            DetectorKind::VenuePick => "venue-pick",
            DetectorKind::TickerAmount => "ticker-amount",
            DetectorKind::CardTicker => "card-ticker",
            DetectorKind::ContactAsk => "contact-ask",
            DetectorKind::Referral => "referral",
            DetectorKind::RateOffer => "rate-offer",
            DetectorKind::MarketQuote => "market-quote",
            DetectorKind::SignalOffer => "signal-offer",
            DetectorKind::FiatRail => "fiat-rail",
            DetectorKind::CryptoPayment => "crypto-payment",
            DetectorKind::NewsTag => "news-tag",
            DetectorKind::AnonymizedName => "anonymized-name",
            DetectorKind::SaleOffer => "sale-offer",
            DetectorKind::FloorPrice => "floor-price",
            DetectorKind::WalletThreat => "wallet-threat",
            DetectorKind::KeywordReply => "keyword-reply",
            DetectorKind::Eligibility => "eligibility",
            DetectorKind::AdvanceFee => "advance-fee",
            DetectorKind::Attribution => "attribution",
            DetectorKind::TokenSheet => "token-sheet",
            DetectorKind::Instructions => "instructions",
            DetectorKind::Prohibition => "prohibition",
            DetectorKind::PlatformName => "platform-name",
            DetectorKind::PaymentTerms => "payment-terms",
            DetectorKind::ServiceClaim => "service-claim",
            DetectorKind::GainTestimonial => "gain-testimonial",
        }
    }

    /// Parses a stable id produced by [`DetectorKind::as_str`]; `None` for anything else.
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> Option<Self> {
        DetectorKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for DetectorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for DetectorKind {
    type Err = UnknownDetectorKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DetectorKind::from_str(s).ok_or(UnknownDetectorKind)
    }
}

/// Error returned by [`std::str::FromStr`] for [`DetectorKind`] when the id is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownDetectorKind;

impl std::fmt::Display for UnknownDetectorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unknown detector kind")
    }
}

impl std::error::Error for UnknownDetectorKind {}

/// One detection; `start`/`end` are BYTE offsets (always on char boundaries).
///
/// [`Detectors::detect`] reports plain `usize` offsets into whatever text it was given; the
/// checker, which detects in the normalized text and in decoded windows of it, moves them
/// into the normalized text's space as `Detection<`[`crate::pos::NormPos`]`>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detection<P = usize> {
    /// What was found.
    pub kind: DetectorKind,
    /// Byte offset of the first byte of the match.
    pub start: P,
    /// Byte offset just past the last byte of the match.
    pub end: P,
}

// ---------------------------------------------------------------------------------------
// Pattern pieces
// ---------------------------------------------------------------------------------------

/// A number: `1,200`, `1200`, `0.05`.
/// A clock time, `0:00` to `23:59`, as a whole (`19:00`, not the `9:00` of `19:005`).
const CLOCK: &str = r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?-u:\b)";
const NUM: &str = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?";

/// What may follow a price: a per-unit part ("/u", "/个") and an exchange rate ("=7.3元").
const PRICE_TAIL: &str =
    r"(?:/(?:u|usdt|个|枚|张|份)(?-u:\b)?)?(?:[ \t]?=[ \t]?{NUM}(?:元|块|(?:rmb|cny|u|usdt)(?-u:\b))?)?";

/// Characters allowed in a URL after the host.
const URLCH: &str = r"[-a-z0-9._~:/?#\[\]@!$&'()*+,;=%]";

/// The words the detectors look for, from the pack's `detectors.toml` (see
/// [`crate::pack::Detect`]). The detectors keep the shapes (a link, an address, an amount,
/// a handle) and the mechanisms; the pack says which words fill them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetectorWords {
    /// Exchange and wallet brands that may appear anywhere in a host name or inside a
    /// path segment (`binance`, `gate.io`).
    pub brands_anywhere: Vec<String>,
    /// Short brands that must start a host label or a short path segment (`okx`).
    pub brands_label_start: Vec<String>,
    /// Short brands that must be a whole host label (`xt`, `gate`).
    pub brands_label_exact: Vec<String>,
    /// WeChat keywords matched anywhere (`微信`, `薇信`, `加v`).
    pub wechat_anywhere: Vec<String>,
    /// WeChat keywords matched at the start of a word (`vx`, `wechat id`).
    pub wechat_word_start: Vec<String>,
    /// WeChat keywords that need `号`/`id` or a strong separator before the ID (`微信`).
    pub wechat_weak: Vec<String>,
    /// Telegram keywords; those in ASCII letters match as whole words (`tg`, `纸飞机`).
    pub telegram: Vec<String>,
    /// QQ keywords matched anywhere (`企鹅号`).
    pub qq_anywhere: Vec<String>,
    /// QQ keywords matched at the start of a word (`qq群`).
    pub qq_word_start: Vec<String>,
    /// Keywords that name an invite code on their own (`邀请码`).
    pub invite_keywords: Vec<String>,
    /// English words that name a code with `code` or `id` after them (`invite`, `ref`).
    pub invite_code_words: Vec<String>,
    /// Words after `invite code` that make it prose, not a code (`field`, `the`).
    pub invite_prose_after: Vec<String>,
    /// Characters after a number and `u` that make it an everyday word (`盘` of u盘).
    pub price_not_after_u: Vec<String>,
    /// Currency units written after a number (`元`, `usdt`, `u`); ASCII ones end a word.
    pub price_units_after: Vec<String>,
    /// Currency words written before a number (`usdt 7.25`, `us$5`); ASCII ones start a word.
    pub price_units_before: Vec<String>,
    /// Stablecoins: an amount naming one is a crypto amount (`usdt`, `usdc`).
    pub price_stablecoins: Vec<String>,
    /// Labels before a price (`单价`, `汇率`, `price`); ASCII ones start a word.
    pub price_labels: Vec<String>,
    /// Words before a percentage that make it a rate (`年化`, `apy`); ASCII ones start a word.
    pub percentage_prefixes: Vec<String>,
    /// Words a call to action may start with (`now`, `gm`, `guys`).
    pub cta_lead_words: Vec<String>,
    /// Verbs of a call to action (`buy`, `ape in`); a space is any run of spaces or tabs.
    pub cta_verbs: Vec<String>,
    /// Words after a verb that make it an adjective, not a call (`long term`, `short time`).
    pub cta_not_objects: Vec<String>,
    /// Verbs of a call that a named place after it makes a trade (`grab $abc on Jupiter`).
    pub cta_venue_verbs: Vec<String>,
    /// Top-level domains of bare domains, links without a scheme or `www.` (`com`, `io`).
    pub url_tlds: Vec<String>,
    /// Hosts whose links with a path are Telegram routes (`t.me`).
    pub telegram_hosts: Vec<String>,
    /// Hosts whose every subdomain is a Telegram route (`t.me`: `abc.t.me`).
    pub telegram_subdomain_hosts: Vec<String>,
    /// Words between a Telegram keyword and a handle (`号`, `群`, `频道`).
    pub telegram_suffixes: Vec<String>,
    /// Those that make the handle a route without `@` or a colon (`号`, `id`).
    pub telegram_strong_suffixes: Vec<String>,
    /// Link parameters that carry a referral code (`ref`, `invite_code`).
    pub invite_link_params: Vec<String>,
    /// Path segments before a referral code in a link (`join`, `r`, `register/ref`).
    pub invite_link_paths: Vec<String>,
    /// Top-level domains of exchanges (`exchange`).
    pub exchange_tlds: Vec<String>,
    /// Path segments of a page about exchanges (`exchanges`).
    pub exchange_path_segments: Vec<String>,
    /// Hosts where anyone publishes (`medium.com`, `youtube.com`): a brand in such a link's
    /// path is a page about it (detector `exchange-domain`).
    pub exchange_content_hosts: Vec<String>,
    /// Words right after a leverage multiple (`杠杆`, `long`).
    pub leverage_after: Vec<String>,
    /// Words right before a leverage multiple (`杠杆`, `leverage`).
    pub leverage_before: Vec<String>,
    /// English endings of a coin's name (`coin`, `token`, `inu`).
    pub coin_endings: Vec<String>,
    /// Characters that lead into a Chinese coin name rather than belong to it (`买`, `了`).
    pub coin_not_in_name: String,
    /// Words that point at one coin right before 币 (`这个`, `该`): `这个币` is a coin too.
    pub coin_pointers: Vec<String>,
    /// Crypto stems of a platform's glued name (`btc` in `virtualbtcinvest`).
    pub coin_brand_coins: Vec<String>,
    /// Business stems glued to them (`invest`, `miner`, `profit`).
    pub coin_brand_business: Vec<String>,
    /// Hosts whose every link with a path invites to a chat group (`discord.gg`).
    pub group_hosts: Vec<String>,
    /// Host and path start of group invite links (`t.me/+`, `discord.com/invite/`).
    pub group_paths: Vec<String>,
    /// Chat apps that name a link right before it as a group's (`telegram`, `电报`).
    pub group_label_apps: Vec<String>,
    /// Words that may follow such an app in the label (`group`, `link`, `群`).
    pub group_label_nouns: Vec<String>,
    /// Link path segments about signing up (`signup`, `apk`).
    pub signup_path_segments: Vec<String>,
    /// Starts of short link path segments about signing up (`invite`, `register`).
    pub signup_path_starts: Vec<String>,
    /// Labels that offer the link after them as a way in (`注册`, `download`).
    pub signup_labels: Vec<String>,
    /// Words that may follow such a label (`地址`, `link`).
    pub signup_label_nouns: Vec<String>,
    /// Periods a return is promised for, before the gain (`日`, `每月`).
    pub promise_periods: Vec<String>,
    /// Gains after a period (`赚`, `收益`, `返利`).
    pub promise_gains: Vec<String>,
    /// Words that may stand between the gain and the amount (`可达`, `轻松`).
    pub promise_modifiers: Vec<String>,
    /// Words of "over" before the amount (`过`, `超过`, `破`).
    pub promise_over: Vec<String>,
    /// Promises on their own (`保本`, `稳赚`, `零风险`).
    pub promise_words: Vec<String>,
    /// English periods after a rate (`daily`, `per day`; a space is any run of spaces or tabs).
    pub promise_rate_periods: Vec<String>,
    /// English gains that may follow such a period (`returns`, `roi`).
    pub promise_rate_gains: Vec<String>,
    /// Trading levels that open a position (`入场`, `entry`): the start of a trade-level match.
    pub trade_call_entries: Vec<String>,
    /// Trading levels that close one (`止损`, `target`, `tp`).
    pub trade_call_exits: Vec<String>,
    /// How far apart (bytes of the normalized text) an entry level and its exit may stand
    /// to make one call (`[trade-call] span`).
    pub trade_call_span: usize,
    /// In Chinese, a level given as the market price (`现价`): `进场位置：现价`.
    pub trade_at_market: Vec<String>,
    /// Words at the head of a card that are not what it trades (`entry`, `long`, `xauusd`).
    pub card_not: Vec<String>,
    /// Sides that may follow the ticker on its line (`long`, `做多`).
    pub card_sides: Vec<String>,
    /// Words before a Chinese number and 倍 that promise a multiple (`翻` of `翻三倍`).
    pub promise_times_before: Vec<String>,
    /// English verbs of guaranteeing before a gain (`guaranteed`).
    pub promise_guarantees: Vec<String>,
    /// Kinds of a guaranteed gain (`daily`, `fixed`).
    pub promise_guaranteed_kinds: Vec<String>,
    /// Gains after a guarantee (`returns`, `income`).
    pub promise_guaranteed_gains: Vec<String>,
    /// Words right before a percentage that promise it (`guaranteed`).
    pub promise_before_rate: Vec<String>,
    /// English promises on their own (`double your`).
    pub promise_en_words: Vec<String>,
    /// English words right before a promised amount (`passive income of`).
    pub promise_before_amount: Vec<String>,
    /// Verbs before an amount per period (`earn`, `make`).
    pub promise_earn_verbs: Vec<String>,
    /// Currencies after such an amount (`usdt`, `dollars`).
    pub promise_earn_units: Vec<String>,
    /// Words that vouch for an income claim without a period (`you can too`, `thanks to`,
    /// `contact`): such a claim is a promise only with one of them near it.
    pub promise_vouchers: Vec<String>,
    /// Words of no risk before a gain (`risk-free`); a space is one space.
    pub promise_risk_free: Vec<String>,
    /// Gains after them (`returns`).
    pub promise_risk_free_gains: Vec<String>,
    /// Periods before a gain `of` a number (`daily`).
    pub promise_periodic: Vec<String>,
    /// Gains after such a period (`returns`, `roi`).
    pub promise_periodic_gains: Vec<String>,
    /// Verbs of getting before a period and a gain (`receive` of `receive weekly rewards`).
    pub promise_offered_verbs: Vec<String>,
    /// Gains after them and a period (`rewards`, `payouts`).
    pub promise_offered_gains: Vec<String>,
    /// Acts that a promise of earning follows (`join`, `stake` of `stake and earn`).
    pub promise_joins: Vec<String>,
    /// The earning after them and `and`, `&` or `to` (`earn`, `get paid`).
    pub promise_join_gains: Vec<String>,
    /// Verbs of doing tasks for a reward (`complete`).
    pub promise_task_verbs: Vec<String>,
    /// The tasks (`quests`, `missions`).
    pub promise_tasks: Vec<String>,
    /// English words right before a multiple in `x` (`with`, `using`).
    pub leverage_on: Vec<String>,
    /// Chinese words right before a multiple (`开`, `上`).
    pub leverage_open: Vec<String>,
    /// Words after a multiple that make it a scale, not leverage (`at 50x magnification`).
    pub leverage_scales: Vec<String>,
    /// Chinese trading levels before a number (`入场`, `止损`).
    pub trade_levels: Vec<String>,
    /// Words that may follow a Chinese level (`价位`, `点`).
    pub trade_level_words: Vec<String>,
    /// Words between a Chinese level and its number (`目标先看 65k`, `止损放 2250`).
    pub trade_level_fillers: Vec<String>,
    /// Chinese words of nearness after a price that opens a position (`63800 附近`).
    pub trade_zh_near: Vec<String>,
    /// How much or how, between the price and the act (`轻仓`, `分批`).
    pub trade_zh_sizes: Vec<String>,
    /// Chinese acts that open a position after its price (`接`, `进场`).
    pub trade_zh_entries: Vec<String>,
    /// Chinese words of a price broken, before the exit it triggers (`跌破`).
    pub trade_zh_breaks: Vec<String>,
    /// Exits after a broken price (`跌破60800止损`).
    pub trade_zh_break_exits: Vec<String>,
    /// English trading levels, whole words; a space is one space (`stop loss`).
    pub trade_en_levels: Vec<String>,
    /// English levels that may carry a digit 1 to 9 (`tp`, `target`).
    pub trade_en_numbered: Vec<String>,
    /// Words between an English level and its number (`zone`, `at`).
    pub trade_en_after: Vec<String>,
    /// Orders before `at` or `@` and a number (`long`, `sell`).
    pub trade_orders: Vec<String>,
    /// Where an order's price stands, after its ticker (`under`, `around`, `now`).
    pub trade_order_marks: Vec<String>,
    /// An English order's level given as the market price (`here`, `now`, `at cmp`).
    pub trade_en_at_market: Vec<String>,
    /// English verbs of sending coins (`send`, `deposit`).
    pub doubling_sends: Vec<String>,
    /// English verbs of getting more back (`receive`); a space is one space.
    pub doubling_gets: Vec<String>,
    /// Multiples after them (`double`, `2x`).
    pub doubling_multiples: Vec<String>,
    /// Verbs before `your`/`the` and a coin (`double`).
    pub doubling_doubles: Vec<String>,
    /// Coins after them (`btc`, `crypto`).
    pub doubling_coins: Vec<String>,
    /// Chinese verbs of sending right before an amount (`转入`).
    pub doubling_zh_sends: Vec<String>,
    /// Chinese verbs of getting back before a number (`返`).
    pub doubling_zh_gets: Vec<String>,
    /// Recovery services (`asset recovery`), before a provider.
    pub recovery_services: Vec<String>,
    /// Who provides them (`experts`, `team`).
    pub recovery_providers: Vec<String>,
    /// Verbs of recovering after someone (`recovered`, `get back`).
    pub recovery_verbs: Vec<String>,
    /// Words after such a verb (`your`, `stolen`).
    pub recovery_objects: Vec<String>,
    /// Whom someone helps recover (`victims`).
    pub recovery_helped: Vec<String>,
    /// Verbs after them (`recover`, `get back`).
    pub recovery_help_to: Vec<String>,
    /// Words of loss before funds said to be recovered (`stolen`).
    pub recovery_funds_lost: Vec<String>,
    /// Funds said to be recovered (`money`, `usdt`).
    pub recovery_funds: Vec<String>,
    /// Words of getting funds back (`recovered`, `refunded`).
    pub recovery_outcomes: Vec<String>,
    /// Words of loss before funds to get back (`missing`).
    pub recovery_back_lost: Vec<String>,
    /// Funds to get back (`savings`).
    pub recovery_back_funds: Vec<String>,
    /// What a testimonial says was lost (`lost`, `was scammed of`).
    pub recovery_losses: Vec<String>,
    /// Thanks before whom a testimonial credits (`thank you`, `grateful to`).
    pub recovery_thanks: Vec<String>,
    /// Verbs of getting funds in such a testimonial (`got`, `received`).
    pub recovery_thanks_got: Vec<String>,
    /// Chinese words of offering before a verb of getting back (`帮你`).
    pub recovery_zh_offers: Vec<String>,
    /// Chinese verbs of getting back (`追回`).
    pub recovery_zh_verbs: Vec<String>,
    /// Chinese providers of a recovery service, a few characters before its verb (`团队`).
    pub recovery_zh_providers: Vec<String>,
    /// English contact verbs and apps before a handle (`message`, `reach out to`).
    pub contact_verbs: Vec<String>,
    /// Apps after `on`/`via` (`telegram`).
    pub contact_apps: Vec<String>,
    /// Chinese contact verbs before a label and a colon (`加`, `私聊`).
    pub contact_zh_verbs: Vec<String>,
    /// Whom they may name (`客服`).
    pub contact_zh_whom: Vec<String>,
    /// Verbs of putting money with someone, before `with`/`under`/`through` (`invested`,
    /// `started trading`).
    pub gain_joins: Vec<String>,
    /// Verbs of signing up that name the someone straight after (`joined`, `enrolled with`).
    pub gain_joins_direct: Vec<String>,
    /// Verbs of gaining (`made`, `earned`), before an amount or one of `gain_objects`.
    pub gain_verbs: Vec<String>,
    /// What was gained, when no amount is named (`profit`, `a fortune`).
    pub gain_objects: Vec<String>,
    /// Verbs of growing after `my …` (`doubled`).
    pub gain_grows: Vec<String>,
    /// Words before whom a gain is credited to (`thanks to`, `with the help of`, `i met`).
    pub gain_credits: Vec<String>,
    /// Chinese words of following someone's lead (`跟着`).
    pub gain_zh_leads: Vec<String>,
    /// Whom a Chinese testimonial follows (`老师`, `导师`).
    pub gain_zh_whom: Vec<String>,
    /// Chinese words of gaining (`赚了`, `翻倍`).
    pub gain_zh_gains: Vec<String>,
    /// Words for everyone (`everyone`, `all of us`).
    pub group_everyone: Vec<String>,
    /// Words of urging after them (`must`, `just`).
    pub group_urging: Vec<String>,
    /// Acts everyone is called to (`buy`, `ape in`).
    pub group_acts: Vec<String>,
    /// Acts before a time (`buy`, `we go`).
    pub group_timed_acts: Vec<String>,
    /// Acts before `together` (`pump`).
    pub group_together_acts: Vec<String>,
    /// Acts a group is told to hold off until the target (`sell`, `dump`).
    pub group_hold_breaks: Vec<String>,
    /// Selling as a thing a group rule forbids, after `no` (`no sells till 3x`).
    pub group_hold_nouns: Vec<String>,
    /// What a pump group reveals at its hour (`coin`, `coin name`).
    pub group_reveal_things: Vec<String>,
    /// Verbs of revealing it (`posted`, `announced`).
    pub group_reveal_verbs: Vec<String>,
    /// A group's coordinated events (`pump`, `pump signal`).
    pub group_events: Vec<String>,
    /// Words that schedule one (`next`, `upcoming`).
    pub group_scheduled: Vec<String>,
    /// Verbs of picking the coin for one (`picked`, `chosen`).
    pub group_picks: Vec<String>,
    /// Words after an event that announce or schedule it (`announcement`, `lined up`).
    pub group_notices: Vec<String>,
    /// Chinese words for everyone (`所有人`).
    pub group_zh_everyone: Vec<String>,
    /// Chinese words of together after them (`一起`).
    pub group_zh_together: Vec<String>,
    /// Chinese words of together after an hour (`准时`).
    pub group_zh_at_time: Vec<String>,
    /// Chinese acts (`买入`, `上车`).
    pub group_zh_acts: Vec<String>,
    /// Chinese words of no one, before a group rule against selling (`谁都`).
    pub group_zh_nobody: Vec<String>,
    /// Chinese words that forbid (`不许`).
    pub group_zh_forbid: Vec<String>,
    /// Chinese verbs of selling a group forbids (`砸`).
    pub group_zh_sells: Vec<String>,
    /// Verbs of reaching a target (`hit`, `reached`), before or after it.
    pub signal_reached: Vec<String>,
    /// Words between such a verb and the target (`our`, `all`, `second`).
    pub signal_between: Vec<String>,
    /// Targets (`target`, `tp`), maybe numbered.
    pub signal_targets: Vec<String>,
    /// In Chinese: targets (`目标位`, `止盈位`), then maybe `已`, then a verb of reaching.
    pub signal_zh_targets: Vec<String>,
    /// The Chinese verbs of reaching (`到达`, `命中`).
    pub signal_zh_reached: Vec<String>,
    /// Chinese results on their own (`止盈出局`).
    pub signal_zh_words: Vec<String>,
    /// Words before an instruction's verb (`then`, `after that`).
    pub instruction_lead_words: Vec<String>,
    /// Verbs of an instruction (`choose`, `go to`).
    pub instruction_verbs: Vec<String>,
    /// Phrases that say a service is open on their own (`is now live`).
    pub offer_live: Vec<String>,
    /// Open to an audience or purpose (`is open for`).
    pub offer_open_to: Vec<String>,
    /// Available to an audience (`is available to`).
    pub offer_available_to: Vec<String>,
    /// Audiences (`everyone`, `the public`).
    pub offer_audiences: Vec<String>,
    /// Purposes a service is open for (`trading`).
    pub offer_purposes: Vec<String>,
    /// Verbs that hand a capability to someone (`lets`, `allows`).
    pub offer_enablers: Vec<String>,
    /// Who is handed it (`you`, `players`, `holders`).
    pub offer_who: Vec<String>,
    /// Words of ability after who (`can`, `will be able to`).
    pub offer_can: Vec<String>,
    /// What they may then do (`sell`, `trade`, `stake`).
    pub offer_verbs: Vec<String>,
    /// Adjectives of a thing that can be traded, before where (`tradeable on`).
    pub offer_tradable: Vec<String>,
    /// Sales and launches that open at a time (`presale`, `mint`, `ido`).
    pub offer_sales: Vec<String>,
    /// Verbs of a sale's opening (`starts`, `opens`, `goes live`).
    pub offer_starts: Vec<String>,
    /// In Chinese: services (`寄售`, `提现`), then maybe a word of feature, maybe `已`,
    /// then a verb of opening (`寄售功能已开放`).
    pub offer_zh_services: Vec<String>,
    /// Words of feature or channel after a service (`功能`, `通道`).
    pub offer_zh_features: Vec<String>,
    /// Words of when or how before opening (`已`, `正式`).
    pub offer_zh_already: Vec<String>,
    /// Verbs of opening (`开放`, `上线`).
    pub offer_zh_open: Vec<String>,
    /// Words that pick one venue over others, before it (`best`, `cheapest`, `go-to`).
    pub venue_picks: Vec<String>,
    /// Trading places a pick or the author's use points at (`exchange`, `app`, `platform`).
    pub venue_places: Vec<String>,
    /// Verbs of the author's own use of a venue (`use`, `trade on`, `recommend`).
    pub venue_used: Vec<String>,
    /// Chinese words that pick one venue (`最靠谱`, `首选`).
    pub venue_zh_picks: Vec<String>,
    /// Chinese trading places (`交易所`, `平台`).
    pub venue_zh_places: Vec<String>,
    /// Capitalized words after a number that are not tickers (`USD`, `KM`, `UTC`).
    pub ticker_not: Vec<String>,
    /// Services after `our`/`my` (`desk`, `pool`).
    pub own_services: Vec<String>,
    /// Verbs before `with us` (`stake`, `host`).
    pub own_with_us_verbs: Vec<String>,
    /// Verbs of helping, after `i`/`we` (`help`, `teach`).
    pub own_helpers: Vec<String>,
    /// Whom the author helps (`people`, `clients`).
    pub own_whom: Vec<String>,
    /// What the author helps them do with money (`grow`, `invest`).
    pub own_acts: Vec<String>,
    /// The same in Chinese: verbs of helping (`帮助`, `带`).
    pub own_zh_helpers: Vec<String>,
    /// Whom, in Chinese (`朋友`, `客户`).
    pub own_zh_whom: Vec<String>,
    /// What with money, in Chinese (`打理`, `理财`).
    pub own_zh_acts: Vec<String>,
    /// The reader, whom a subjectless offer speaks to (`你`, `大家`: `带你一起操作`).
    pub own_zh_you: Vec<String>,
    /// Verbs of such an offer, of leading the reader (`带`, `带领`).
    pub own_zh_leads: Vec<String>,
    /// Verbs of having or offering a service, in Chinese (`有`, `提供`).
    pub own_zh_have: Vec<String>,
    /// A Chinese service the author has (`通道`, `渠道`).
    pub own_zh_services: Vec<String>,
    /// Verbs inviting into a group (`join`, `hop into`).
    pub invite_verbs: Vec<String>,
    /// Kinds of group before its noun (`vip`, `signal`).
    pub invite_kinds: Vec<String>,
    /// Chat apps whose name is a group's (`telegram`, `discord`).
    pub invite_apps: Vec<String>,
    /// Nouns of a group (`group`, `channel`).
    pub invite_places: Vec<String>,
    /// In Chinese, a link or a group's number (`链接`, `群号`).
    pub invite_zh_links: Vec<String>,
    /// In Chinese, where it is placed instead (`评论区`, `主页`).
    pub invite_zh_places: Vec<String>,
    /// Verbs of looking at the author's page (`看`, `点进`): `group-invite` in Chinese.
    pub invite_zh_look: Vec<String>,
    /// The author's own page, where the way in is (`主页`, `头像`).
    pub invite_zh_own_places: Vec<String>,
    /// Nouns of a group that `our`/`my` and any one or two words may stand before (`join our
    /// crypto trading group`).
    pub invite_groups: Vec<String>,
    /// In Chinese, verbs of joining a group (`加`, `进`, `加入`).
    pub invite_zh_joins: Vec<String>,
    /// In Chinese, a group (`群`, `社群`, `频道`).
    pub invite_zh_groups: Vec<String>,
    /// Characters after `群` that make another word of it (`群众`, `群体`).
    pub invite_zh_not_after: Vec<String>,
    /// Verbs before `my`/`our` and a code or link (`use`, `fill in`).
    pub referral_uses: Vec<String>,
    /// Kinds of code or link (`invite`, `referral`).
    pub referral_kinds: Vec<String>,
    /// A code or a link (`code`, `link`).
    pub referral_nouns: Vec<String>,
    /// Kinds of bonus offered for joining (`trial`, `deposit`).
    pub referral_bonus_kinds: Vec<String>,
    /// Bonuses given on a condition (`bonus`, `cashback`).
    pub referral_bonuses: Vec<String>,
    /// What the reader does for the bonus (`deposit`, `sign up`).
    pub referral_conditions: Vec<String>,
    /// Trading fees given back (`rebate`, `cashback`, `back`, `off`).
    pub referral_fee_backs: Vec<String>,
    /// Verbs of bringing others in (`invite`, `refer`).
    pub referral_bring: Vec<String>,
    /// Whom a reward is paid for bringing in (`friend`, `referral`, `new user`).
    pub referral_brought: Vec<String>,
    /// A contest for traders (`competition`, `tournament`, `campaign`), after `trading`.
    pub referral_contests: Vec<String>,
    /// Verbs of a reward paid for trading (`earn`, `win`, `share`), before a figure.
    pub referral_payouts: Vec<String>,
    /// Acts a program rewards (`hold`, `stake`, `provide liquidity`, `run a node`).
    pub referral_holds: Vec<String>,
    /// Whoever does them (`users`, `holders`, `wallets`, `everyone`).
    pub referral_takers: Vec<String>,
    /// What they are paid (`airdrop`, `rewards`, `compensation`).
    pub referral_rewards: Vec<String>,
    /// In Chinese, the reader's act a platform rewards (`注册`, `充值`, `首充`).
    pub referral_zh_acts: Vec<String>,
    /// Verbs of a reward given for it (`送`, `返`, `领取`).
    pub referral_zh_gifts: Vec<String>,
    /// What is given, when no figure is (`体验金`, `红包`, `空投`).
    pub referral_zh_rewards: Vec<String>,
    /// Verbs of bringing someone in (`邀请`, `推荐`).
    pub referral_zh_bring: Vec<String>,
    /// Whom (`好友`, `新用户`).
    pub referral_zh_brought: Vec<String>,
    /// Verbs of getting in touch (`dm`, `message`, `reply to this post`).
    pub ask_verbs: Vec<String>,
    /// Whom the reader gets in touch with (`me`, `us`, `him`, `our team`).
    pub ask_whom: Vec<String>,
    /// Whose role the reader is to contact after `our`, `my` or `the` (`manager`, `support`).
    pub ask_roles: Vec<String>,
    /// How or when (`directly`, `now`).
    pub ask_adverbs: Vec<String>,
    /// Up to two words before what is asked for (`a`, `free`, `today's`).
    pub ask_determiners: Vec<String>,
    /// What the reader gets in touch for (`quotes`, `rates`, `access`).
    pub ask_asked: Vec<String>,
    /// Verbs of writing to a named provider (`reach out to`, `contact`).
    pub ask_provider_verbs: Vec<String>,
    /// Verbs of answering with a keyword (`comment`, `type`): `comment "info" and i'll…`.
    pub ask_bait_verbs: Vec<String>,
    /// In Chinese, verbs of getting in touch (`联系`, `私聊`), before whom (`ask_zh_whom`).
    pub ask_zh_verbs: Vec<String>,
    /// In Chinese, whom (`客服`, `我`, `商务`).
    pub ask_zh_whom: Vec<String>,
    /// In Chinese, asks that say it on their own (`欢迎洽谈`, `价格私聊`).
    pub ask_zh_phrases: Vec<String>,
    /// In Chinese, the interested reader (`有意者`, `需要的`), before one of `ask_zh_interested_acts`.
    pub ask_zh_interested: Vec<String>,
    /// In Chinese, what the interested reader does (`联系`, `加群`, `私信`).
    pub ask_zh_interested_acts: Vec<String>,
    /// In Chinese, a crypto deal a slogan sends the reader to a service for (`理财就来…`).
    pub ask_zh_slogan_acts: Vec<String>,
    /// In Chinese, words of a repost's footer (`侵权`, `删除`): no ask in their clause.
    pub ask_zh_disclaimers: Vec<String>,
    /// Kinds of way in that stand in for the blocked one (`mirror`, `backup`).
    pub access_adjectives: Vec<String>,
    /// Ways in (`domain`, `link`, `app`).
    pub access_nouns: Vec<String>,
    /// In Chinese, such kinds (`备用`, `防封`).
    pub access_zh_adjectives: Vec<String>,
    /// In Chinese, ways in (`地址`, `入口`).
    pub access_zh_nouns: Vec<String>,
    /// Verbs of handing over (`drop`, `comment`).
    pub wallet_verbs: Vec<String>,
    /// Chains or coins naming an address (`sol`, `trc20`).
    pub wallet_chains: Vec<String>,
    /// In Chinese, verbs of handing over (`留下`, `评论`).
    pub wallet_zh_verbs: Vec<String>,
    /// Verbs of handing keys over (`enter`, `paste`, `submit`).
    pub key_verbs: Vec<String>,
    /// Words before a key's name (`secret`, `wallet`, `12-word`).
    pub key_qualifiers: Vec<String>,
    /// A wallet's keys (`seed phrase`, `recovery phrase`, `private key`).
    pub key_keys: Vec<String>,
    /// Words that name a key after the count of a seed phrase's words (`12 word phrase`).
    pub key_counted: Vec<String>,
    /// In Chinese, verbs of handing keys over (`输入`, `发送`).
    pub key_zh_verbs: Vec<String>,
    /// In Chinese, a wallet's keys (`助记词`, `私钥`).
    pub key_zh_keys: Vec<String>,
    /// Verbs of putting a wallet in a stranger's hands (`authorize`, `sync`).
    pub key_approve_verbs: Vec<String>,
    /// In Chinese, the same (`授权`, `验证`).
    pub key_zh_approve_verbs: Vec<String>,
    /// Verbs offering a rate (`earn`, `paying`).
    pub rate_verbs: Vec<String>,
    /// Words before the period (`fixed`).
    pub rate_modifiers: Vec<String>,
    /// Periods and kinds after the rate (`daily`, `apy`).
    pub rate_periods: Vec<String>,
    /// Names of a rate right after a percentage (`apy`).
    pub rate_names: Vec<String>,
    /// Who quotes, before the verb (`i`, `we`, `i'll`) (detector `market-quote`).
    pub quote_who: Vec<String>,
    /// The dealer's verbs after them (`pay`, `buy`, `sell`).
    pub quote_verbs: Vec<String>,
    /// The same as an ad's gerund, alone at a clause start (`buying`, `selling`).
    pub quote_gerunds: Vec<String>,
    /// Where the price stands against the market (`above`, `below`, `over`).
    pub quote_sides: Vec<String>,
    /// In Chinese, the price against the market (`高于市价`, `低于市价`).
    pub quote_zh_sides: Vec<String>,
    /// The dealer's verbs after or before it (`收`, `出`, `回收`).
    pub quote_zh_verbs: Vec<String>,
    /// Words that name the reference a dealer prices against (`按`, `以`).
    pub quote_zh_bases: Vec<String>,
    /// How the price moves off the reference (`下浮`, `加`).
    pub quote_zh_moves: Vec<String>,
    /// Market prices a quote is set higher or lower than (`盘口`, `市价`).
    pub quote_zh_refs: Vec<String>,
    /// Words of which price a quote is set off (`实时`, `现货`).
    pub quote_zh_when: Vec<String>,
    /// A dealer's bid side on a board of two prices (`buy`, `买入`).
    pub quote_bids: Vec<String>,
    /// A dealer's ask side on a board of two prices (`sell`, `卖出`).
    pub quote_asks: Vec<String>,
    /// Words of an offer before a signal service (`free`, `vip`) (detector `signal-offer`).
    pub signal_offer_words: Vec<String>,
    /// What the signals are about (`trading`, `crypto`, `futures`).
    pub signal_domains: Vec<String>,
    /// Kinds of signal (`signals`, `alerts`, `calls`).
    pub signal_kinds: Vec<String>,
    /// Coins changed for money (`usdt`, `btc`), in English (detector `fiat-rail`).
    pub rail_coins: Vec<String>,
    /// Payment apps and banks (`gcash`, `paypal`, `bank transfer`).
    pub rail_rails: Vec<String>,
    /// Coins in Chinese text (`usdt`, `比特币`); the slang `u` is in the pattern.
    pub rail_zh_coins: Vec<String>,
    /// Verbs of changing into (`换`, `提现到`).
    pub rail_zh_verbs: Vec<String>,
    /// Payment apps and banks in Chinese (`支付宝`, `银行卡`).
    pub rail_zh_rails: Vec<String>,
    /// Asking the reader whether they want a coin (`anyone need`, `if you want`): an OTC
    /// desk's opener, before one of the coins.
    pub rail_asks: Vec<String>,
    /// Words before a Chinese desk's verb (`长期`, `高价`).
    pub rail_zh_desk_adverbs: Vec<String>,
    /// A Chinese desk's verbs of buying or selling coins (`收`, `出`, `回收`).
    pub rail_zh_desk_verbs: Vec<String>,
    /// Words of any kind between a desk's verb and its coin (`各种`, `主流`).
    pub rail_zh_desk_any: Vec<String>,
    /// Words marking a rail as the payment a seller takes (`accepted`, `only`).
    pub rail_terms: Vec<String>,
    /// Who takes a payment in the offering voice (`we`, `our store`).
    pub pay_who: Vec<String>,
    /// Coins paid with (`bitcoin`, `usdt`, `crypto`).
    pub pay_coins: Vec<String>,
    /// In Chinese, verbs of taking a coin (`支持`, `接受`).
    pub pay_zh_verbs: Vec<String>,
    /// In Chinese, coins paid with (`usdt`, `比特币`).
    pub pay_zh_coins: Vec<String>,
    /// In Chinese, words of paying (`支付`, `付款`).
    pub pay_zh_pays: Vec<String>,
    /// What a price in a coin after `/` or `per` is for (`120 usdt/month`, `30 usdt per pump`).
    pub pay_periods: Vec<String>,
    /// The same in Chinese, after `/` or `每` (`99u/月`).
    pub pay_zh_periods: Vec<String>,
    /// Chinese fees, before their price in a coin (`月费 50u`, `入群费:100u`).
    pub pay_zh_fees: Vec<String>,
    /// A news post's tags at the start of a line (`breaking`, `just in`).
    pub news_tags: Vec<String>,
    /// Surnames that, with `某`, name a person in a report (`王`, `李`).
    pub anon_surnames: Vec<String>,
    /// Roles of the people in a case, before such a name (`被告人`, `受害人`).
    pub anon_roles: Vec<String>,
    /// What after one `某` makes it "a certain" (`些`, `种`).
    pub anon_not_after: Vec<String>,
    /// Phrases that put something up for sale (`for sale`, `make an offer`).
    pub sale_offers: Vec<String>,
    /// A Chinese seller's asks for buyers (`诚心要的`, `可小刀`), wherever they stand.
    pub sale_zh_offers: Vec<String>,
    /// A collection's floor (`floor`, `floor price`) (detector `floor-price`).
    pub floor_words: Vec<String>,
    /// Words between the floor and its price (`is`, `at`, `rn`).
    pub floor_links: Vec<String>,
    /// Coins a floor is priced in (`eth`, `sol`, `e`).
    pub floor_units: Vec<String>,
    /// In Chinese, the floor (`地板价`, `地板`).
    pub floor_zh_words: Vec<String>,
    /// What after a Chinese floor's number makes it money of land or goods (`万`, `元`).
    pub floor_zh_not_after: Vec<String>,
    /// What is threatened (`wallet`, `wallets`) (detector `wallet-threat`).
    pub threat_subjects: Vec<String>,
    /// What it is threatened with after `will be` (`frozen`, `suspended`).
    pub threat_losses: Vec<String>,
    /// The same as nouns after `avoid` or `result in` (`suspension`, `loss of access`).
    pub threat_loss_nouns: Vec<String>,
    /// In Chinese, what is threatened (`钱包`).
    pub threat_zh_subjects: Vec<String>,
    /// In Chinese, the loss (`冻结`, `封禁`).
    pub threat_zh_losses: Vec<String>,
    /// Verbs of sending a keyword back (`reply`, `dm me`) (detector `keyword-reply`).
    pub reply_verbs: Vec<String>,
    /// In Chinese (`回复`, `留言`).
    pub reply_zh_verbs: Vec<String>,
    /// What a Chinese keyword gets the reader (`获取`, `进群`).
    pub reply_zh_gets: Vec<String>,
    /// Verbs of holding or staking a condition names (`stake`, `hold`) (detector `eligibility`).
    pub eligibility_holds: Vec<String>,
    /// What meeting it opens, after `to` (`qualify`, `participate`).
    pub eligibility_gets: Vec<String>,
    /// In Chinese, holding (`持有`, `质押`).
    pub eligibility_zh_holds: Vec<String>,
    /// Then (`即可`, `就能`).
    pub eligibility_zh_then: Vec<String>,
    /// What it opens (`参与`, `上架`).
    pub eligibility_zh_gets: Vec<String>,
    /// Coins a scam's fee is asked in (detector `advance-fee`).
    pub fee_coins: Vec<String>,
    /// Kinds of fee only a scam charges before releasing funds (`verification`, `unlock`).
    pub fee_kinds: Vec<String>,
    /// In Chinese, such fees (`保证金`, `解冻费`).
    pub fee_zh_fees: Vec<String>,
    /// Then (`才能`, `后即可`).
    pub fee_zh_then: Vec<String>,
    /// What the fee releases (`提现`, `解冻`).
    pub fee_zh_releases: Vec<String>,
    /// Verbs of paying it (`缴纳`, `支付`).
    pub fee_zh_pays: Vec<String>,
    /// What a safe-account scam asks to move (`资产`, `资金`).
    pub fee_zh_holdings: Vec<String>,
    /// The checks it claims to move them for (`核查`, `验证`).
    pub fee_zh_checks: Vec<String>,
    /// Kinds of source a report names after `据` (`公告`, `报道`, `消息`).
    pub attribution_sources: Vec<String>,
    /// Fields of a token's sales sheet (`total supply`, `buy tax`, `renounced`).
    pub token_sheet_fields: Vec<String>,
    /// Labels of a token's address (`ca`, `contract address`, `合约地址`).
    pub address_labels: Vec<String>,
    /// Strong prohibitions, wherever they stand (`不得`, `切勿`).
    pub forbid_strong: Vec<String>,
    /// Words of manner after a prohibition (`随意`, `再`).
    pub forbid_manner: Vec<String>,
    /// Single characters after a strong prohibition that make it urge (`错` of `不要错过`).
    pub forbid_urges: Vec<String>,
    /// Words of always before a will-not (`永远`).
    pub forbid_always: Vec<String>,
    /// Words of will-not (`不会`).
    pub forbid_will_not: Vec<String>,
    /// Whom after them (`向你`).
    pub forbid_will_not_whom: Vec<String>,
    /// What is never done (`索要`).
    pub forbid_will_not_acts: Vec<String>,
    /// Words before a negation at a clause start (`也`, `请`).
    pub forbid_leads: Vec<String>,
    /// Negations at a clause start (`不能`, `勿`).
    pub forbid_negations: Vec<String>,
    /// Acts after them (`发布`, `点击`).
    pub forbid_acts: Vec<String>,
    /// English words before a negation (`please`).
    pub forbid_en_leads: Vec<String>,
    /// English negations at a clause start (`do not`).
    pub forbid_en_negations: Vec<String>,
    /// English acts after them (`share`, `fall for`).
    pub forbid_en_acts: Vec<String>,
    /// Words for nobody (`no one`).
    pub forbid_en_nobody: Vec<String>,
    /// Words between `no` and a party (`real`).
    pub forbid_en_genuine: Vec<String>,
    /// Parties after `no` (`project`).
    pub forbid_en_parties: Vec<String>,
    /// Subjects after `if` (`someone`).
    pub forbid_if_subjects: Vec<String>,
    /// What they do (`promises`).
    pub forbid_if_verbs: Vec<String>,
    /// Words every prohibition holds one of (`不`, `never`).
    pub forbid_needles: Vec<String>,
    /// Words a hashtag may be glued from besides the lexicon's terms (`community` in
    /// `#nftcommunity`); read by the lexicon, not a detector.
    pub hashtag_tails: Vec<String>,
}

impl DetectorWords {
    /// Every word list, in declaration order (how the compiled pack stores them). Read by
    /// the compiled pack's tests.
    #[cfg(all(test, feature = "pack-files"))]
    pub(crate) fn lists(&self) -> [&Vec<String>; 347] {
        [
            &self.brands_anywhere,
            &self.brands_label_start,
            &self.brands_label_exact,
            &self.wechat_anywhere,
            &self.wechat_word_start,
            &self.wechat_weak,
            &self.telegram,
            &self.qq_anywhere,
            &self.qq_word_start,
            &self.invite_keywords,
            &self.invite_code_words,
            &self.invite_prose_after,
            &self.price_not_after_u,
            &self.price_units_after,
            &self.price_units_before,
            &self.price_stablecoins,
            &self.price_labels,
            &self.percentage_prefixes,
            &self.cta_lead_words,
            &self.cta_verbs,
            &self.cta_not_objects,
            &self.cta_venue_verbs,
            &self.url_tlds,
            &self.telegram_hosts,
            &self.telegram_subdomain_hosts,
            &self.telegram_suffixes,
            &self.telegram_strong_suffixes,
            &self.invite_link_params,
            &self.invite_link_paths,
            &self.exchange_tlds,
            &self.exchange_path_segments,
            &self.exchange_content_hosts,
            &self.leverage_after,
            &self.leverage_before,
            &self.coin_endings,
            &self.coin_brand_coins,
            &self.coin_brand_business,
            &self.coin_pointers,
            &self.group_hosts,
            &self.group_paths,
            &self.group_label_apps,
            &self.group_label_nouns,
            &self.signup_path_segments,
            &self.signup_path_starts,
            &self.signup_labels,
            &self.signup_label_nouns,
            &self.promise_periods,
            &self.promise_gains,
            &self.promise_modifiers,
            &self.promise_over,
            &self.promise_words,
            &self.promise_rate_periods,
            &self.promise_rate_gains,
            &self.trade_call_entries,
            &self.trade_call_exits,
            &self.card_not,
            &self.trade_at_market,
            &self.card_sides,
            &self.promise_times_before,
            &self.promise_guarantees,
            &self.promise_guaranteed_kinds,
            &self.promise_guaranteed_gains,
            &self.promise_before_rate,
            &self.promise_en_words,
            &self.promise_before_amount,
            &self.promise_earn_verbs,
            &self.promise_earn_units,
            &self.promise_vouchers,
            &self.promise_risk_free,
            &self.promise_risk_free_gains,
            &self.promise_periodic,
            &self.promise_periodic_gains,
            &self.promise_offered_verbs,
            &self.promise_offered_gains,
            &self.promise_joins,
            &self.promise_join_gains,
            &self.promise_task_verbs,
            &self.promise_tasks,
            &self.leverage_on,
            &self.leverage_open,
            &self.leverage_scales,
            &self.trade_levels,
            &self.trade_level_words,
            &self.trade_level_fillers,
            &self.trade_zh_near,
            &self.trade_zh_sizes,
            &self.trade_zh_entries,
            &self.trade_zh_breaks,
            &self.trade_zh_break_exits,
            &self.trade_en_levels,
            &self.trade_en_numbered,
            &self.trade_en_after,
            &self.trade_orders,
            &self.trade_order_marks,
            &self.trade_en_at_market,
            &self.doubling_sends,
            &self.doubling_gets,
            &self.doubling_multiples,
            &self.doubling_doubles,
            &self.doubling_coins,
            &self.doubling_zh_sends,
            &self.doubling_zh_gets,
            &self.recovery_services,
            &self.recovery_providers,
            &self.recovery_verbs,
            &self.recovery_objects,
            &self.recovery_helped,
            &self.recovery_help_to,
            &self.recovery_funds_lost,
            &self.recovery_funds,
            &self.recovery_outcomes,
            &self.recovery_back_lost,
            &self.recovery_back_funds,
            &self.recovery_losses,
            &self.recovery_thanks,
            &self.recovery_thanks_got,
            &self.recovery_zh_offers,
            &self.recovery_zh_verbs,
            &self.recovery_zh_providers,
            &self.contact_verbs,
            &self.contact_apps,
            &self.contact_zh_verbs,
            &self.contact_zh_whom,
            &self.gain_joins,
            &self.gain_joins_direct,
            &self.gain_verbs,
            &self.gain_objects,
            &self.gain_grows,
            &self.gain_credits,
            &self.gain_zh_leads,
            &self.gain_zh_whom,
            &self.gain_zh_gains,
            &self.group_everyone,
            &self.group_urging,
            &self.group_acts,
            &self.group_timed_acts,
            &self.group_together_acts,
            &self.group_hold_breaks,
            &self.group_hold_nouns,
            &self.group_reveal_things,
            &self.group_reveal_verbs,
            &self.group_events,
            &self.group_scheduled,
            &self.group_picks,
            &self.group_notices,
            &self.group_zh_everyone,
            &self.group_zh_together,
            &self.group_zh_at_time,
            &self.group_zh_acts,
            &self.group_zh_nobody,
            &self.group_zh_forbid,
            &self.group_zh_sells,
            &self.signal_reached,
            &self.signal_between,
            &self.signal_targets,
            &self.signal_zh_targets,
            &self.signal_zh_reached,
            &self.signal_zh_words,
            &self.instruction_lead_words,
            &self.instruction_verbs,
            &self.offer_live,
            &self.offer_open_to,
            &self.offer_available_to,
            &self.offer_audiences,
            &self.offer_purposes,
            &self.offer_enablers,
            &self.offer_who,
            &self.offer_can,
            &self.offer_verbs,
            &self.offer_tradable,
            &self.offer_sales,
            &self.offer_starts,
            &self.offer_zh_services,
            &self.offer_zh_features,
            &self.offer_zh_already,
            &self.offer_zh_open,
            &self.own_services,
            &self.own_with_us_verbs,
            &self.own_helpers,
            &self.own_whom,
            &self.own_acts,
            &self.own_zh_helpers,
            &self.own_zh_whom,
            &self.own_zh_acts,
            &self.own_zh_you,
            &self.own_zh_leads,
            &self.own_zh_have,
            &self.own_zh_services,
            &self.invite_verbs,
            &self.invite_kinds,
            &self.invite_apps,
            &self.invite_places,
            &self.wallet_verbs,
            &self.wallet_chains,
            &self.wallet_zh_verbs,
            &self.key_verbs,
            &self.key_qualifiers,
            &self.key_keys,
            &self.key_counted,
            &self.key_zh_verbs,
            &self.key_zh_keys,
            &self.key_approve_verbs,
            &self.key_zh_approve_verbs,
            &self.access_adjectives,
            &self.access_nouns,
            &self.access_zh_adjectives,
            &self.access_zh_nouns,
            &self.venue_picks,
            &self.venue_places,
            &self.venue_used,
            &self.venue_zh_picks,
            &self.venue_zh_places,
            &self.ticker_not,
            &self.invite_zh_links,
            &self.invite_zh_places,
            &self.invite_zh_look,
            &self.invite_zh_own_places,
            &self.invite_groups,
            &self.invite_zh_joins,
            &self.invite_zh_groups,
            &self.invite_zh_not_after,
            &self.ask_verbs,
            &self.ask_whom,
            &self.ask_roles,
            &self.ask_adverbs,
            &self.ask_determiners,
            &self.ask_asked,
            &self.ask_provider_verbs,
            &self.ask_bait_verbs,
            &self.ask_zh_verbs,
            &self.ask_zh_whom,
            &self.ask_zh_phrases,
            &self.ask_zh_interested,
            &self.ask_zh_interested_acts,
            &self.ask_zh_slogan_acts,
            &self.ask_zh_disclaimers,
            &self.referral_uses,
            &self.referral_kinds,
            &self.referral_nouns,
            &self.referral_bonus_kinds,
            &self.referral_bonuses,
            &self.referral_conditions,
            &self.referral_fee_backs,
            &self.referral_bring,
            &self.referral_brought,
            &self.referral_contests,
            &self.referral_payouts,
            &self.referral_holds,
            &self.referral_takers,
            &self.referral_rewards,
            &self.referral_zh_acts,
            &self.referral_zh_gifts,
            &self.referral_zh_rewards,
            &self.referral_zh_bring,
            &self.referral_zh_brought,
            &self.rate_verbs,
            &self.rate_modifiers,
            &self.rate_periods,
            &self.rate_names,
            &self.quote_who,
            &self.quote_verbs,
            &self.quote_gerunds,
            &self.quote_sides,
            &self.quote_zh_sides,
            &self.quote_zh_verbs,
            &self.quote_zh_bases,
            &self.quote_zh_moves,
            &self.quote_zh_refs,
            &self.quote_zh_when,
            &self.quote_bids,
            &self.quote_asks,
            &self.signal_offer_words,
            &self.signal_domains,
            &self.signal_kinds,
            &self.rail_coins,
            &self.rail_rails,
            &self.rail_zh_coins,
            &self.rail_zh_verbs,
            &self.rail_zh_rails,
            &self.rail_asks,
            &self.rail_zh_desk_adverbs,
            &self.rail_zh_desk_verbs,
            &self.rail_zh_desk_any,
            &self.rail_terms,
            &self.pay_who,
            &self.pay_coins,
            &self.pay_zh_verbs,
            &self.pay_zh_coins,
            &self.pay_zh_pays,
            &self.pay_periods,
            &self.pay_zh_periods,
            &self.pay_zh_fees,
            &self.news_tags,
            &self.anon_surnames,
            &self.anon_roles,
            &self.anon_not_after,
            &self.sale_offers,
            &self.sale_zh_offers,
            &self.floor_words,
            &self.floor_links,
            &self.floor_units,
            &self.floor_zh_words,
            &self.floor_zh_not_after,
            &self.threat_subjects,
            &self.threat_losses,
            &self.threat_loss_nouns,
            &self.threat_zh_subjects,
            &self.threat_zh_losses,
            &self.reply_verbs,
            &self.reply_zh_verbs,
            &self.reply_zh_gets,
            &self.eligibility_holds,
            &self.eligibility_gets,
            &self.eligibility_zh_holds,
            &self.eligibility_zh_then,
            &self.eligibility_zh_gets,
            &self.fee_coins,
            &self.fee_kinds,
            &self.fee_zh_fees,
            &self.fee_zh_then,
            &self.fee_zh_releases,
            &self.fee_zh_pays,
            &self.fee_zh_holdings,
            &self.fee_zh_checks,
            &self.attribution_sources,
            &self.token_sheet_fields,
            &self.address_labels,
            &self.forbid_strong,
            &self.forbid_manner,
            &self.forbid_urges,
            &self.forbid_always,
            &self.forbid_will_not,
            &self.forbid_will_not_whom,
            &self.forbid_will_not_acts,
            &self.forbid_leads,
            &self.forbid_negations,
            &self.forbid_acts,
            &self.forbid_en_leads,
            &self.forbid_en_negations,
            &self.forbid_en_acts,
            &self.forbid_en_nobody,
            &self.forbid_en_genuine,
            &self.forbid_en_parties,
            &self.forbid_if_subjects,
            &self.forbid_if_verbs,
            &self.forbid_needles,
            &self.hashtag_tails,
        ]
    }

    /// [`DetectorWords::lists`], to fill.
    pub(crate) fn lists_mut(&mut self) -> [&mut Vec<String>; 347] {
        [
            &mut self.brands_anywhere,
            &mut self.brands_label_start,
            &mut self.brands_label_exact,
            &mut self.wechat_anywhere,
            &mut self.wechat_word_start,
            &mut self.wechat_weak,
            &mut self.telegram,
            &mut self.qq_anywhere,
            &mut self.qq_word_start,
            &mut self.invite_keywords,
            &mut self.invite_code_words,
            &mut self.invite_prose_after,
            &mut self.price_not_after_u,
            &mut self.price_units_after,
            &mut self.price_units_before,
            &mut self.price_stablecoins,
            &mut self.price_labels,
            &mut self.percentage_prefixes,
            &mut self.cta_lead_words,
            &mut self.cta_verbs,
            &mut self.cta_not_objects,
            &mut self.cta_venue_verbs,
            &mut self.url_tlds,
            &mut self.telegram_hosts,
            &mut self.telegram_subdomain_hosts,
            &mut self.telegram_suffixes,
            &mut self.telegram_strong_suffixes,
            &mut self.invite_link_params,
            &mut self.invite_link_paths,
            &mut self.exchange_tlds,
            &mut self.exchange_path_segments,
            &mut self.exchange_content_hosts,
            &mut self.leverage_after,
            &mut self.leverage_before,
            &mut self.coin_endings,
            &mut self.coin_brand_coins,
            &mut self.coin_brand_business,
            &mut self.coin_pointers,
            &mut self.group_hosts,
            &mut self.group_paths,
            &mut self.group_label_apps,
            &mut self.group_label_nouns,
            &mut self.signup_path_segments,
            &mut self.signup_path_starts,
            &mut self.signup_labels,
            &mut self.signup_label_nouns,
            &mut self.promise_periods,
            &mut self.promise_gains,
            &mut self.promise_modifiers,
            &mut self.promise_over,
            &mut self.promise_words,
            &mut self.promise_rate_periods,
            &mut self.promise_rate_gains,
            &mut self.trade_call_entries,
            &mut self.trade_call_exits,
            &mut self.card_not,
            &mut self.trade_at_market,
            &mut self.card_sides,
            &mut self.promise_times_before,
            &mut self.promise_guarantees,
            &mut self.promise_guaranteed_kinds,
            &mut self.promise_guaranteed_gains,
            &mut self.promise_before_rate,
            &mut self.promise_en_words,
            &mut self.promise_before_amount,
            &mut self.promise_earn_verbs,
            &mut self.promise_earn_units,
            &mut self.promise_vouchers,
            &mut self.promise_risk_free,
            &mut self.promise_risk_free_gains,
            &mut self.promise_periodic,
            &mut self.promise_periodic_gains,
            &mut self.promise_offered_verbs,
            &mut self.promise_offered_gains,
            &mut self.promise_joins,
            &mut self.promise_join_gains,
            &mut self.promise_task_verbs,
            &mut self.promise_tasks,
            &mut self.leverage_on,
            &mut self.leverage_open,
            &mut self.leverage_scales,
            &mut self.trade_levels,
            &mut self.trade_level_words,
            &mut self.trade_level_fillers,
            &mut self.trade_zh_near,
            &mut self.trade_zh_sizes,
            &mut self.trade_zh_entries,
            &mut self.trade_zh_breaks,
            &mut self.trade_zh_break_exits,
            &mut self.trade_en_levels,
            &mut self.trade_en_numbered,
            &mut self.trade_en_after,
            &mut self.trade_orders,
            &mut self.trade_order_marks,
            &mut self.trade_en_at_market,
            &mut self.doubling_sends,
            &mut self.doubling_gets,
            &mut self.doubling_multiples,
            &mut self.doubling_doubles,
            &mut self.doubling_coins,
            &mut self.doubling_zh_sends,
            &mut self.doubling_zh_gets,
            &mut self.recovery_services,
            &mut self.recovery_providers,
            &mut self.recovery_verbs,
            &mut self.recovery_objects,
            &mut self.recovery_helped,
            &mut self.recovery_help_to,
            &mut self.recovery_funds_lost,
            &mut self.recovery_funds,
            &mut self.recovery_outcomes,
            &mut self.recovery_back_lost,
            &mut self.recovery_back_funds,
            &mut self.recovery_losses,
            &mut self.recovery_thanks,
            &mut self.recovery_thanks_got,
            &mut self.recovery_zh_offers,
            &mut self.recovery_zh_verbs,
            &mut self.recovery_zh_providers,
            &mut self.contact_verbs,
            &mut self.contact_apps,
            &mut self.contact_zh_verbs,
            &mut self.contact_zh_whom,
            &mut self.gain_joins,
            &mut self.gain_joins_direct,
            &mut self.gain_verbs,
            &mut self.gain_objects,
            &mut self.gain_grows,
            &mut self.gain_credits,
            &mut self.gain_zh_leads,
            &mut self.gain_zh_whom,
            &mut self.gain_zh_gains,
            &mut self.group_everyone,
            &mut self.group_urging,
            &mut self.group_acts,
            &mut self.group_timed_acts,
            &mut self.group_together_acts,
            &mut self.group_hold_breaks,
            &mut self.group_hold_nouns,
            &mut self.group_reveal_things,
            &mut self.group_reveal_verbs,
            &mut self.group_events,
            &mut self.group_scheduled,
            &mut self.group_picks,
            &mut self.group_notices,
            &mut self.group_zh_everyone,
            &mut self.group_zh_together,
            &mut self.group_zh_at_time,
            &mut self.group_zh_acts,
            &mut self.group_zh_nobody,
            &mut self.group_zh_forbid,
            &mut self.group_zh_sells,
            &mut self.signal_reached,
            &mut self.signal_between,
            &mut self.signal_targets,
            &mut self.signal_zh_targets,
            &mut self.signal_zh_reached,
            &mut self.signal_zh_words,
            &mut self.instruction_lead_words,
            &mut self.instruction_verbs,
            &mut self.offer_live,
            &mut self.offer_open_to,
            &mut self.offer_available_to,
            &mut self.offer_audiences,
            &mut self.offer_purposes,
            &mut self.offer_enablers,
            &mut self.offer_who,
            &mut self.offer_can,
            &mut self.offer_verbs,
            &mut self.offer_tradable,
            &mut self.offer_sales,
            &mut self.offer_starts,
            &mut self.offer_zh_services,
            &mut self.offer_zh_features,
            &mut self.offer_zh_already,
            &mut self.offer_zh_open,
            &mut self.own_services,
            &mut self.own_with_us_verbs,
            &mut self.own_helpers,
            &mut self.own_whom,
            &mut self.own_acts,
            &mut self.own_zh_helpers,
            &mut self.own_zh_whom,
            &mut self.own_zh_acts,
            &mut self.own_zh_you,
            &mut self.own_zh_leads,
            &mut self.own_zh_have,
            &mut self.own_zh_services,
            &mut self.invite_verbs,
            &mut self.invite_kinds,
            &mut self.invite_apps,
            &mut self.invite_places,
            &mut self.wallet_verbs,
            &mut self.wallet_chains,
            &mut self.wallet_zh_verbs,
            &mut self.key_verbs,
            &mut self.key_qualifiers,
            &mut self.key_keys,
            &mut self.key_counted,
            &mut self.key_zh_verbs,
            &mut self.key_zh_keys,
            &mut self.key_approve_verbs,
            &mut self.key_zh_approve_verbs,
            &mut self.access_adjectives,
            &mut self.access_nouns,
            &mut self.access_zh_adjectives,
            &mut self.access_zh_nouns,
            &mut self.venue_picks,
            &mut self.venue_places,
            &mut self.venue_used,
            &mut self.venue_zh_picks,
            &mut self.venue_zh_places,
            &mut self.ticker_not,
            &mut self.invite_zh_links,
            &mut self.invite_zh_places,
            &mut self.invite_zh_look,
            &mut self.invite_zh_own_places,
            &mut self.invite_groups,
            &mut self.invite_zh_joins,
            &mut self.invite_zh_groups,
            &mut self.invite_zh_not_after,
            &mut self.ask_verbs,
            &mut self.ask_whom,
            &mut self.ask_roles,
            &mut self.ask_adverbs,
            &mut self.ask_determiners,
            &mut self.ask_asked,
            &mut self.ask_provider_verbs,
            &mut self.ask_bait_verbs,
            &mut self.ask_zh_verbs,
            &mut self.ask_zh_whom,
            &mut self.ask_zh_phrases,
            &mut self.ask_zh_interested,
            &mut self.ask_zh_interested_acts,
            &mut self.ask_zh_slogan_acts,
            &mut self.ask_zh_disclaimers,
            &mut self.referral_uses,
            &mut self.referral_kinds,
            &mut self.referral_nouns,
            &mut self.referral_bonus_kinds,
            &mut self.referral_bonuses,
            &mut self.referral_conditions,
            &mut self.referral_fee_backs,
            &mut self.referral_bring,
            &mut self.referral_brought,
            &mut self.referral_contests,
            &mut self.referral_payouts,
            &mut self.referral_holds,
            &mut self.referral_takers,
            &mut self.referral_rewards,
            &mut self.referral_zh_acts,
            &mut self.referral_zh_gifts,
            &mut self.referral_zh_rewards,
            &mut self.referral_zh_bring,
            &mut self.referral_zh_brought,
            &mut self.rate_verbs,
            &mut self.rate_modifiers,
            &mut self.rate_periods,
            &mut self.rate_names,
            &mut self.quote_who,
            &mut self.quote_verbs,
            &mut self.quote_gerunds,
            &mut self.quote_sides,
            &mut self.quote_zh_sides,
            &mut self.quote_zh_verbs,
            &mut self.quote_zh_bases,
            &mut self.quote_zh_moves,
            &mut self.quote_zh_refs,
            &mut self.quote_zh_when,
            &mut self.quote_bids,
            &mut self.quote_asks,
            &mut self.signal_offer_words,
            &mut self.signal_domains,
            &mut self.signal_kinds,
            &mut self.rail_coins,
            &mut self.rail_rails,
            &mut self.rail_zh_coins,
            &mut self.rail_zh_verbs,
            &mut self.rail_zh_rails,
            &mut self.rail_asks,
            &mut self.rail_zh_desk_adverbs,
            &mut self.rail_zh_desk_verbs,
            &mut self.rail_zh_desk_any,
            &mut self.rail_terms,
            &mut self.pay_who,
            &mut self.pay_coins,
            &mut self.pay_zh_verbs,
            &mut self.pay_zh_coins,
            &mut self.pay_zh_pays,
            &mut self.pay_periods,
            &mut self.pay_zh_periods,
            &mut self.pay_zh_fees,
            &mut self.news_tags,
            &mut self.anon_surnames,
            &mut self.anon_roles,
            &mut self.anon_not_after,
            &mut self.sale_offers,
            &mut self.sale_zh_offers,
            &mut self.floor_words,
            &mut self.floor_links,
            &mut self.floor_units,
            &mut self.floor_zh_words,
            &mut self.floor_zh_not_after,
            &mut self.threat_subjects,
            &mut self.threat_losses,
            &mut self.threat_loss_nouns,
            &mut self.threat_zh_subjects,
            &mut self.threat_zh_losses,
            &mut self.reply_verbs,
            &mut self.reply_zh_verbs,
            &mut self.reply_zh_gets,
            &mut self.eligibility_holds,
            &mut self.eligibility_gets,
            &mut self.eligibility_zh_holds,
            &mut self.eligibility_zh_then,
            &mut self.eligibility_zh_gets,
            &mut self.fee_coins,
            &mut self.fee_kinds,
            &mut self.fee_zh_fees,
            &mut self.fee_zh_then,
            &mut self.fee_zh_releases,
            &mut self.fee_zh_pays,
            &mut self.fee_zh_holdings,
            &mut self.fee_zh_checks,
            &mut self.attribution_sources,
            &mut self.token_sheet_fields,
            &mut self.address_labels,
            &mut self.forbid_strong,
            &mut self.forbid_manner,
            &mut self.forbid_urges,
            &mut self.forbid_always,
            &mut self.forbid_will_not,
            &mut self.forbid_will_not_whom,
            &mut self.forbid_will_not_acts,
            &mut self.forbid_leads,
            &mut self.forbid_negations,
            &mut self.forbid_acts,
            &mut self.forbid_en_leads,
            &mut self.forbid_en_negations,
            &mut self.forbid_en_acts,
            &mut self.forbid_en_nobody,
            &mut self.forbid_en_genuine,
            &mut self.forbid_en_parties,
            &mut self.forbid_if_subjects,
            &mut self.forbid_if_verbs,
            &mut self.forbid_needles,
            &mut self.hashtag_tails,
        ]
    }
}

/// A label that ends right before a link, read in the text before the link: one of `labels`
/// (words in ASCII letters start a word), maybe one of `nouns` (`注册地址`, `telegram link`),
/// maybe `:` or `=`, maybe a line break and a bullet (`下载链接：⏎• https://…`).
fn link_label(labels: &[String], nouns: &[String]) -> String {
    format!(
        "(?:{})(?:[ \t]?(?:{}))?",
        alternation(&edged(labels, true, false)),
        alternation(&edged(nouns, true, false))
    ) + r"[ \t]*[:=]?[ \t]*(?:\r?\n[ \t]*(?:[-*•·][ \t]*)?)?$"
}

/// `words` as a regex alternation, escaped, the longer first (so that a keyword is never
/// cut short by another it starts with, `微信号` before `微信`). `start`/`end`: a word that
/// starts/ends with an ASCII letter or digit must start/end a word of the text. Only the
/// order of words one of which starts the other matters to a match, so this keeps the
/// meaning of the list whatever order the pack writes it in.
fn alternation(words: &[(&str, bool, bool)]) -> String {
    alternate(words, " ")
}

/// Like [`alternation`], for phrases: a space inside a word stands for any run of spaces
/// and tabs (`per day` matches `per  day`).
fn phrases(words: &[(&str, bool, bool)]) -> String {
    alternate(words, r"[ \t]+")
}

/// The alternation of [`alternation`] and [`phrases`], with `space` for each space inside a
/// word (a plain space, as `regex::escape` leaves it, or a run of blanks).
fn alternate(words: &[(&str, bool, bool)], space: &str) -> String {
    let mut sorted: Vec<&(&str, bool, bool)> = words.iter().collect();
    crate::order::sort_by_key(&mut sorted, |(w, _, _)| Key::rev(w.len()));
    let edge = |b: Option<&u8>, on: bool| {
        if on && b.is_some_and(|b| b.is_ascii_alphanumeric()) {
            r"(?-u:\b)"
        } else {
            ""
        }
    };
    if sorted.is_empty() {
        // Nothing to look for: a class no character is in.
        return r"[^\x00-\x{10FFFF}]".to_string();
    }
    // Written into one string: building a checker makes a few hundred of these.
    let mut out = String::with_capacity(words.iter().map(|(w, _, _)| 2 * w.len() + 20).sum());
    for (i, &&(w, start, end)) in sorted.iter().enumerate() {
        if i > 0 {
            out.push('|');
        }
        out.push_str(edge(w.as_bytes().first(), start));
        for (j, part) in w.split(' ').enumerate() {
            if j > 0 {
                out.push_str(space);
            }
            // Letters, digits and non-ASCII characters need no escape.
            if part.bytes().all(|b| b.is_ascii_alphanumeric() || !b.is_ascii()) {
                out.push_str(part);
            } else {
                out.push_str(&regex::escape(part));
            }
        }
        out.push_str(edge(w.as_bytes().last(), end));
    }
    out
}

/// The longest word of each phrase of `list` (the first of equals), once each: a text
/// holds one of them wherever it holds one of the phrases.
fn longest_words(list: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for phrase in list {
        let word = phrase.split(' ').fold("", |a, w| if w.len() > a.len() { w } else { a });
        if !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
    }
    out
}

/// `pattern` with each `{NAME}` of `slots` replaced by its alternation (the other
/// placeholders, `{NUM}` and the like, and counts such as `{0,3}` are left as they are).
fn fill(pattern: &str, slots: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(pattern.len() + slots.iter().map(|(_, a)| a.len()).sum::<usize>());
    let mut rest = pattern;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name = &after[..after.find('}').unwrap_or(0)];
        match slots.iter().find(|(n, _)| *n == name) {
            Some((_, alternation)) => {
                out.push_str(alternation);
                rest = &after[name.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The words of `list`, each with the same edges.
fn edged(list: &[String], start: bool, end: bool) -> Vec<(&str, bool, bool)> {
    list.iter().map(|w| (w.as_str(), start, end)).collect()
}

// ---------------------------------------------------------------------------------------
// Detectors
// ---------------------------------------------------------------------------------------

/// Whether the clause that `rest` continues ends in a question mark (`buy bitcoin now?`,
/// `where can i buy this token?`, `哪里买？`): it asks, it neither calls nor teaches.
pub(crate) fn asks(rest: &str) -> bool {
    let end = rest.find(['.', '!', '?', '\n', '。', '！', '？']).unwrap_or(rest.len());
    rest[end..].starts_with(['?', '？'])
}

/// The word that starts `rest` after spaces and tabs: its characters while `part` holds
/// (empty when none does).
fn word_after(rest: &str, part: impl Fn(char) -> bool) -> &str {
    let rest = rest.trim_start_matches([' ', '\t']);
    &rest[..rest.find(|c: char| !part(c)).unwrap_or(rest.len())]
}

/// The compiled detectors; build once, reuse for every text.
#[derive(Debug, Clone)]
pub struct Detectors {
    url: Lazy,
    tg_direct: Lazy,
    tg_keyword: Lazy,
    at_handle: Lazy,
    wechat: Lazy,
    qq: Lazy,
    invite: Lazy,
    invite_param: Lazy,
    invite_path: Lazy,
    cashtag: Lazy,
    address: Lazy,
    price: Lazy,
    percentage: Lazy,
    promise: Lazy,
    promise_en_num: Lazy,
    trade_level: Lazy,
    doubling: Lazy,
    step: Lazy,
    leverage: Lazy,
    signup_label: Lazy,
    group_label: Lazy,
    coin_en: Lazy,
    coin_zh: Lazy,
    recovery: Lazy,
    testimonial: Lazy,
    gain_testimonial: Lazy,
    email: Lazy,
    email_spelled: Lazy,
    url_spelled: Lazy,
    contact_handle: Lazy,
    group_call: Lazy,
    signal_result: Lazy,
    call_to_action: Lazy,
    instruction: Lazy,
    offer_open: Lazy,
    offer_open_zh: Lazy,
    prohibition: Lazy,
    own_service: Lazy,
    group_invite: Lazy,
    referral: Lazy,
    contact_ask: Lazy,
    access_tip: Lazy,
    venue_pick: Lazy,
    rail_taken: Lazy,
    rail_coin: Lazy,
    fiat_desk: Lazy,
    referral_terms: Lazy,
    referral_zh: Lazy,
    wallet_ask: Lazy,
    key_ask: Lazy,
    rate_offer: Lazy,
    market_quote: Lazy,
    signal_offer: Lazy,
    fiat_rail: Lazy,
    crypto_payment: Lazy,
    news_tag: Lazy,
    anonymized_name: Lazy,
    sale_offer: Lazy,
    floor_price: Lazy,
    wallet_threat: Lazy,
    keyword_reply: Lazy,
    eligibility: Lazy,
    advance_fee: Lazy,
    attribution: Lazy,
    token_sheet: Lazy,
    /// Which of the regexes can match a text at all, in one pass (see [`Sieved`]).
    gate: Gate,
    words: DetectorWords,
    /// The shortest run of ASCII letters and digits a coin name can be.
    coin_min_run: usize,
    /// The Telegram keywords written in ASCII (a text without any, and without non-ASCII
    /// characters, holds no Telegram keyword).
    tg_ascii: Vec<String>,
    /// The longest word of each of the pack's `losses` (`lost`, `scammed`): a text without
    /// any holds no testimonial.
    testimonial_needles: Vec<String>,
    /// Words after a multiple that make it a scale (`magnification`, `zoom`).
    leverage_scales: Vec<String>,
    /// The longest word of each of the pack's `doubles` (`double`): without a digit, a
    /// text needs one for the doubling detector.
    doubling_needles: Vec<String>,
}

fn build(pattern: &str) -> Lazy {
    let pattern = pattern.replace("{TAIL}", PRICE_TAIL).replace("{NUM}", NUM).replace("{URLCH}", URLCH);
    Lazy { pattern, regex: OnceLock::new() }
}

/// A detector's regex, compiled the first time a text needs it: compiling all of them
/// was half of building a checker, and a text skips the detectors whose cheap tests
/// ([`Scan`]) it fails (most Chinese posts never run the English-only ones).
#[derive(Debug, Clone)]
struct Lazy {
    pattern: String,
    regex: OnceLock<Regex>,
}

impl std::ops::Deref for Lazy {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.regex.get_or_init(|| {
            regex::RegexBuilder::new(&self.pattern)
                .size_limit(32 << 20)
                .dfa_size_limit(16 << 20)
                .build()
                .unwrap_or_else(|e| panic!("draftlint detector pattern must compile: {e}"))
        })
    }
}

/// The detectors' regexes that run over the whole text, by their bit in the [`Gate`]'s
/// answer: a regex whose bit is clear has no match in the text and is skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sieved {
    Url,
    TgDirect,
    AtHandle,
    Wechat,
    Qq,
    Invite,
    InviteParam,
    InvitePath,
    Cashtag,
    Address,
    Price,
    Percentage,
    Promise,
    PromiseEnNum,
    TradeLevel,
    Doubling,
    Step,
    Leverage,
    CoinEn,
    CoinZh,
    Recovery,
    Testimonial,
    Email,
    ContactHandle,
    GroupCall,
    SignalResult,
    CallToAction,
    Instruction,
    OfferOpen,
    OfferOpenZh,
    Prohibition,
    OwnService,
    GroupInvite,
    Referral,
    ContactAsk,
    AccessTip,
    WalletAsk,
    KeyAsk,
    RateOffer,
    MarketQuote,
    SignalOffer,
    FiatRail,
    CryptoPayment,
    NewsTag,
    AnonymizedName,
    SaleOffer,
    FloorPrice,
    WalletThreat,
    KeywordReply,
    Eligibility,
    AdvanceFee,
    Attribution,
    TokenSheet,
    VenuePick,
    RailTaken,
    FiatDesk,
    ReferralTerms,
    ReferralZh,
    GainTestimonial,
    UrlSpelled,
}

impl Sieved {
    const ALL: [Sieved; 60] = [
        Sieved::Url,
        Sieved::TgDirect,
        Sieved::AtHandle,
        Sieved::Wechat,
        Sieved::Qq,
        Sieved::Invite,
        Sieved::InviteParam,
        Sieved::InvitePath,
        Sieved::Cashtag,
        Sieved::Address,
        Sieved::Price,
        Sieved::Percentage,
        Sieved::Promise,
        Sieved::PromiseEnNum,
        Sieved::TradeLevel,
        Sieved::Doubling,
        Sieved::Step,
        Sieved::Leverage,
        Sieved::CoinEn,
        Sieved::CoinZh,
        Sieved::Recovery,
        Sieved::Testimonial,
        Sieved::Email,
        Sieved::ContactHandle,
        Sieved::GroupCall,
        Sieved::SignalResult,
        Sieved::CallToAction,
        Sieved::Instruction,
        Sieved::OfferOpen,
        Sieved::OfferOpenZh,
        Sieved::Prohibition,
        Sieved::OwnService,
        Sieved::GroupInvite,
        Sieved::Referral,
        Sieved::ContactAsk,
        Sieved::AccessTip,
        Sieved::WalletAsk,
        Sieved::KeyAsk,
        Sieved::RateOffer,
        Sieved::MarketQuote,
        Sieved::SignalOffer,
        Sieved::FiatRail,
        Sieved::CryptoPayment,
        Sieved::NewsTag,
        Sieved::AnonymizedName,
        Sieved::SaleOffer,
        Sieved::FloorPrice,
        Sieved::WalletThreat,
        Sieved::KeywordReply,
        Sieved::Eligibility,
        Sieved::AdvanceFee,
        Sieved::Attribution,
        Sieved::TokenSheet,
        Sieved::VenuePick,
        Sieved::RailTaken,
        Sieved::FiatDesk,
        Sieved::ReferralTerms,
        Sieved::ReferralZh,
        Sieved::GainTestimonial,
        Sieved::UrlSpelled,
    ];
}

/// The gate's answer for one text.
#[derive(Clone, Copy)]
struct May(u64);

impl May {
    /// Whether `regex` may match the text (it has no match when this is `false`).
    fn run(self, regex: Sieved) -> bool {
        self.0 & (1 << regex as u32) != 0
    }
}

/// Cheap facts about the text, from one pass over its bytes, used to skip regexes that
/// cannot match.
#[derive(Default)]
struct Scan {
    digit: bool,
    /// A '.' directly followed by an ASCII letter (a TLD start), or "://".
    dot_alpha: bool,
    /// Longest run of ASCII alphanumerics.
    max_run: usize,
    at: bool,
    eq: bool,
    colon: bool,
    percent: bool,
    /// A digit directly followed by 'x'.
    digit_x: bool,
    non_ascii: bool,
    /// The bytes `80 A6` in a row, the end of `…` (U+2026), or of a few rare characters.
    ellipsis: bool,
}

impl Scan {
    fn new(text: &str) -> Self {
        let b = text.as_bytes();
        let mut s = Scan::default();
        let mut run = 0usize;
        let mut prev = 0u8;
        for &c in b {
            match c {
                b'0'..=b'9' => {
                    s.digit = true;
                    run += 1;
                }
                b'a'..=b'z' => {
                    if prev == b'.' {
                        s.dot_alpha = true;
                    } else if c == b'x' && prev.is_ascii_digit() {
                        s.digit_x = true;
                    }
                    run += 1;
                }
                _ => {
                    if run > s.max_run {
                        s.max_run = run;
                    }
                    run = 0;
                    match c {
                        b'@' => s.at = true,
                        b'=' => s.eq = true,
                        b':' => s.colon = true,
                        b'%' => s.percent = true,
                        b'/' if prev == b':' => s.dot_alpha = true,
                        0x80..=0xff => {
                            s.non_ascii = true;
                            if c == 0xa6 && prev == 0x80 {
                                s.ellipsis = true;
                            }
                        }
                        _ => {}
                    }
                }
            }
            prev = c;
        }
        if run > s.max_run {
            s.max_run = run;
        }
        s
    }
}

impl Detectors {
    /// The pack's words the detectors were built from.
    pub(crate) fn words(&self) -> &DetectorWords {
        &self.words
    }

    /// How many of the detector regexes are compiled (a test of warming up).
    #[cfg(test)]
    pub(crate) fn compiled(&self) -> (usize, usize) {
        let all = self.regexes();
        (all.iter().filter(|r| r.regex.get().is_some()).count(), all.len())
    }

    /// Compiles the first detector regex not compiled yet; false when none was left.
    pub(crate) fn compile_next(&self) -> bool {
        match self.regexes().into_iter().find(|r| r.regex.get().is_none()) {
            Some(regex) => {
                let _: &Regex = regex;
                true
            }
            None => false,
        }
    }

    /// Every detector regex.
    fn regexes(&self) -> [&Lazy; 65] {
        [
            &self.url,
            &self.tg_direct,
            &self.tg_keyword,
            &self.at_handle,
            &self.wechat,
            &self.qq,
            &self.invite,
            &self.invite_param,
            &self.invite_path,
            &self.cashtag,
            &self.address,
            &self.price,
            &self.percentage,
            &self.promise,
            &self.promise_en_num,
            &self.trade_level,
            &self.doubling,
            &self.step,
            &self.leverage,
            &self.signup_label,
            &self.group_label,
            &self.coin_en,
            &self.coin_zh,
            &self.recovery,
            &self.testimonial,
            &self.gain_testimonial,
            &self.email,
            &self.email_spelled,
            &self.url_spelled,
            &self.contact_handle,
            &self.group_call,
            &self.signal_result,
            &self.call_to_action,
            &self.instruction,
            &self.offer_open,
            &self.offer_open_zh,
            &self.prohibition,
            &self.own_service,
            &self.group_invite,
            &self.referral,
            &self.contact_ask,
            &self.access_tip,
            &self.wallet_ask,
            &self.key_ask,
            &self.rate_offer,
            &self.market_quote,
            &self.signal_offer,
            &self.fiat_rail,
            &self.crypto_payment,
            &self.news_tag,
            &self.anonymized_name,
            &self.sale_offer,
            &self.floor_price,
            &self.wallet_threat,
            &self.keyword_reply,
            &self.eligibility,
            &self.advance_fee,
            &self.attribution,
            &self.token_sheet,
            &self.venue_pick,
            &self.rail_taken,
            &self.rail_coin,
            &self.fiat_desk,
            &self.referral_terms,
            &self.referral_zh,
        ]
    }
}

impl Detectors {
    /// Compiles every detector, with the pack's words. The shapes are constants and the
    /// words are escaped, so this does not fail in practice.
    pub fn new(words: &DetectorWords) -> Self {
        // A list as an alternation without edges (the patterns put them where they go); in
        // `ph`, a space stands for any run of spaces and tabs.
        let alt = |list: &[String]| alternation(&edged(list, false, false));
        let ph = |list: &[String]| phrases(&edged(list, false, false));
        let url = build(
            &r"(?:https?://|(?-u:\b)www\.){URLCH}+|(?-u:\b)(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?\.)+(?:{TLDS})(?-u:\b)(?::[0-9]{1,5})?(?:[/?#]{URLCH}*)?"
                .replace("{TLDS}", &alternation(&edged(&words.url_tlds, false, false))),
        );
        let tg = alternation(&edged(&words.telegram, true, true));
        let tg_direct = build(
            &(format!("(?P<kw>{tg})")
                + &format!("(?P<suf>{})?", alt(&words.telegram_suffixes))
                + r"(?P<sep>[ \t]*[:=][ \t]*|[ \t]+)?(?P<at>@)?(?P<h>[a-z][a-z0-9_]{4,31})(?-u:\b)"),
        );
        let tg_keyword = build(&tg);
        let at_handle = build(r"@[a-z][a-z0-9_]{4,31}(?-u:\b)");
        let wechat_kw = alternation(
            &[edged(&words.wechat_anywhere, false, false), edged(&words.wechat_word_start, true, false)].concat(),
        );
        let wechat = build(
            &(format!("(?P<kw>{wechat_kw})")
                + r"(?P<suf>号|id)?(?P<sep>[ \t]*(?:\r?\n[ \t]*)?[:=(][ \t]*(?:\r?\n[ \t]*)?|[ \t]*-[ \t]*|[ \t]+)?(?P<id>[a-z][-_a-z0-9]{5,19}|\+?(?:86)?[ -]?1[3-9][0-9](?:[ -]?[0-9]{4}){2}|[1-9][0-9]{5,10})(?-u:\b)"),
        );
        let qq_kw =
            alternation(&[edged(&words.qq_anywhere, false, false), edged(&words.qq_word_start, true, false)].concat());
        let qq = build(&(format!("(?:{qq_kw})") + r"(?:[ \t]*[:=][ \t]*|[ \t]+)?[1-9][0-9]{4,10}(?-u:\b)"));
        let invite = build(
            &(format!(
                "(?P<kw>{}|(?:{})[ _-]?(?:code|id)|(?-u:\\b)code)",
                alternation(&edged(&words.invite_keywords, false, false)),
                alternation(&edged(&words.invite_code_words, true, false))
            ) + r"(?P<sep>[ \t]*(?:[:=]|是|为|填写?|is[ \t])[ \t]*|[ \t]+)?(?P<code>[a-z0-9]{4,16})(?-u:\b)"),
        );
        let invite_param = build(
            &(format!("[?&](?:{})", alternation(&edged(&words.invite_link_params, false, false)))
                + r"=[-a-z0-9_]{3,40}"),
        );
        // A referral code in a link's path: `/join/Y5BF1C8T`, `/invite/ab12cd`, `/r/cn66`.
        let invite_path = build(
            &(format!(
                "[a-z0-9](?:/[-a-z0-9_.]+)*/(?:{})/",
                alternation(&edged(&words.invite_link_paths, false, false))
            ) + r"(?P<code>[a-z0-9][-a-z0-9_]{3,23})(?-u:\b)"),
        );
        let cashtag = build(r"(?:^|[^a-z0-9$])(?P<tag>\$[a-z][a-z0-9]{1,9})(?-u:\b)");
        // An address of its own shape, or any chain's after its label (the text is
        // lower-cased, so base58 is `[1-9a-z]`).
        let address = build(&fill(
            r"(?-u:\b)(?:0x[0-9a-f]{40}|bc1[02-9ac-hj-np-z]{36,59}|[13][1-9a-z]{24,33}|t[1-9a-z]{33})(?-u:\b)|(?:^|[^a-z0-9])(?:{LABELS})(?:[ \t]*[:：=\-–—][ \t]*|[ \t]+)(?P<ca>[1-9a-z]{32,44}|0x[0-9a-f]{64})(?-u:\b)|(?:^|[^a-z0-9$])\$[a-z][a-z0-9]{1,11}[ \t]*(?:[/:：=|\-–—][ \t]*)?(?:\r?\n[ \t]*)?(?P<cb>[1-9a-z]{32,44})(?-u:\b)",
            &[("LABELS", ph(&words.address_labels))],
        ));
        // The pack's currency units after a number.
        let unit = format!("(?:{})", alternation(&edged(&words.price_units_after, false, true)));
        let price = build(
            &[
                // Currency first: "$1,200", "¥99", "usdt 7.25", "$5k".
                format!("(?:[$¥￥]|(?:{})[ \t]?)", alternation(&edged(&words.price_units_before, true, false)))
                    + r"[ \t]?{NUM}(?:[ \t]?(?:万|千|亿|(?:k|m|w|b)(?-u:\b)))?",
                // A price label: "单价0.8", "汇率1u=7.3", "price: 0.5 usd".
                format!("(?:{})", alternation(&edged(&words.price_labels, true, false)))
                    + &r"[ \t]*(?:[:=为是]|(?:is|at)[ \t])?[ \t]*[$¥]?{NUM}(?:[ \t]?{UNIT})?{TAIL}"
                        .replace("{UNIT}", &unit),
                // Number then unit: "0.05u", "100元", "7.2元/u", "1u=7.3".
                r"(?-u:\b){NUM}[ \t]?(?:万|千|百|亿|(?:k|w)(?-u:\b))?[ \t]?{UNIT}{TAIL}".replace("{UNIT}", &unit),
                // A coin's ticker quoted at a number: "$nova at 0.004", "$btc @ 65k".
                r"\$[a-z][a-z0-9]{1,9}[ \t]+(?:at|@)[ \t]*{NUM}(?:[ \t]?(?:k|m)(?-u:\b))?".to_string(),
                // A stablecoin on the next line (`1000\nUSDT`, the unit written one
                // character per line).
                r"(?-u:\b){NUM}[ \t]*\r?\n[ \t]*".to_string()
                    + &format!("(?:{})", alternation(&edged(&words.price_stablecoins, false, true))),
            ]
            .join("|"),
        );
        let percentage = build(
            &(format!("(?:(?:{})", alternation(&edged(&words.percentage_prefixes, true, false)))
                + r"[ \t]*:?[ \t]*)?(?-u:\b){NUM}[ \t]?%|百分之[零一二两三四五六七八九十百点]+|(?-u:\b)(?:[1-9][0-9]*(?:\.[0-9]+)?|0\.[0-9]+)(?:x(?-u:\b)|[ \t]?倍)|[一二两三四五六七八九十百千万几数]{1,4}倍"),
        );
        // A period, a gain, maybe a modifier and "over", then an amount (`日赚500`,
        // `月收益可达30%`); a promise on its own (`保本`, `稳赚`); `翻三倍`; English phrases.
        let promise = build(
            &(format!(
                "(?:{})(?:{})(?:{})?(?:{})?",
                alternation(&edged(&words.promise_periods, false, false)),
                alternation(&edged(&words.promise_gains, false, false)),
                alternation(&edged(&words.promise_modifiers, false, false)),
                alternation(&edged(&words.promise_over, false, false))
            ) + r"[ \t]*(?:{NUM}|[一二两三四五六七八九十百千万几数]+)(?:[ \t]?(?:万|千|百|(?:k|w)(?-u:\b)))?(?:元|块|(?:u|usdt)(?-u:\b)|%|倍|美元|刀|\+)?|"
                // A period, then points of return, maybe a range (`每天三到五个点`,
                // `每月稳定10个点`): `个点` is how traders say percentage points.
                + &format!(
                    "(?:{})(?:{})?[ \t]*(?:{{NUM}}|[一二两三四五六七八九十几]+)(?:[ \t]*(?:到|至|-|~)[ \t]*(?:{{NUM}}|[一二两三四五六七八九十几]+))?[ \t]*个点|",
                    alternation(&edged(&words.promise_periods, false, false)),
                    alternation(&edged(&words.promise_modifiers, false, false)),
                )
                // The rate before its gain (`每周稳定8%收益`, `日化1.5%回报`).
                + &format!(
                    "(?:{})(?:{})?[ \t]*{{NUM}}[ \t]?%[ \t]*(?:{})|",
                    alternation(&edged(&words.promise_periods, false, false)),
                    alternation(&edged(&words.promise_modifiers, false, false)),
                    alternation(&edged(&words.promise_gains, false, false))
                )
                + &alternation(&edged(&words.promise_words, false, false))
                + &fill(
                    r"|(?:{TIMES})[一二两三四五六七八九十几数百]+倍|(?-u:\b)(?:{GUARANTEES})[ \t]+(?:(?:a|an|of)[ \t]+)?(?:{NUM}[ \t]?%[ \t]+)?(?:(?:{KINDS})[ \t]+)?(?:{GAINS})(?-u:\b)|(?-u:\b)(?:{BEFORE_RATE})[ \t]+{NUM}[ \t]?%|(?-u:\b)(?:{EN_WORDS})(?-u:\b)|(?-u:\b)(?:{BEFORE_AMOUNT})[ \t]+[$¥]?{NUM}|(?-u:\b)(?:{EARN})[ \t]+[$¥]?{NUM}[ \t]?k?(?:[ \t]*(?:{EARN_UNITS}|[a-z]{2,8}))?[ \t]*(?:(?:per|a|an|every|each|/|this|last)[ \t]*(?:single[ \t]+)?(?:day|week|month|hour)|daily|weekly|monthly|hourly|(?:in|within)[ \t]+(?:(?:just|only|under|less[ \t]+than)[ \t]+)?(?:a|an|one|two|three|a[ \t]+few|few|{NUM})[ \t]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)|(?:in[ \t]+)?(?:profits?|gains?))(?-u:\b)|(?-u:\b)(?:{RISK_FREE})[ \t]+(?:{RISK_FREE_GAINS})(?-u:\b)|(?-u:\b)(?:{PERIODIC})[ \t]+(?:{PERIODIC_GAINS})[ \t]+of[ \t]+{NUM}|(?-u:\b)(?:{OFFERED_VERBS})[ \t]+(?:{PERIODIC})[ \t]+(?:{OFFERED_GAINS})(?-u:\b)|(?-u:\b)(?:{JOINS})[ \t]+(?:and|&|to)[ \t]+(?:{JOIN_GAINS})(?-u:\b)|(?-u:\b)(?:{TASK_VERBS})[ \t]+(?:(?:all|the|simple|easy|social|daily|a[ \t]+few|few)[ \t]+){0,2}(?:{TASKS})[ \t]+(?:and|&|to)[ \t]+(?:{JOIN_GAINS}|get|win|claim)(?-u:\b)",
                    &[
                        ("TIMES", alt(&words.promise_times_before)),
                        ("GUARANTEES", ph(&words.promise_guarantees)),
                        ("KINDS", ph(&words.promise_guaranteed_kinds)),
                        ("GAINS", ph(&words.promise_guaranteed_gains)),
                        ("BEFORE_RATE", ph(&words.promise_before_rate)),
                        ("EN_WORDS", ph(&words.promise_en_words)),
                        ("BEFORE_AMOUNT", ph(&words.promise_before_amount)),
                        ("EARN", ph(&words.promise_earn_verbs)),
                        ("EARN_UNITS", ph(&words.promise_earn_units)),
                        ("RISK_FREE", alt(&words.promise_risk_free)),
                        ("RISK_FREE_GAINS", ph(&words.promise_risk_free_gains)),
                        ("PERIODIC", ph(&words.promise_periodic)),
                        ("PERIODIC_GAINS", ph(&words.promise_periodic_gains)),
                        ("OFFERED_VERBS", ph(&words.promise_offered_verbs)),
                        ("OFFERED_GAINS", ph(&words.promise_offered_gains)),
                        ("JOINS", ph(&words.promise_joins)),
                        ("JOIN_GAINS", ph(&words.promise_join_gains)),
                        ("TASK_VERBS", ph(&words.promise_task_verbs)),
                        ("TASKS", ph(&words.promise_tasks)),
                    ],
                )),
        );
        // English promises that start with a number: "2x your", "3% daily", "10% per day".
        let promise_en_num = build(
            &(r"(?-u:\b)(?:[1-9][0-9]*x[ \t]+your(?-u:\b)|{NUM}[ \t]?%\+?[ \t]+".to_string()
                + &format!(
                    r"(?:{})(?:[ \t]+(?:{}))?)",
                    phrases(&edged(&words.promise_rate_periods, false, true)),
                    phrases(&edged(&words.promise_rate_gains, false, true))
                )),
        );
        let trade_level = build(&fill(
            r"(?:{LEVELS})(?:{LEVEL_WORDS})?[ \t]*[:=;]?[ \t]*(?:在|于|{LEVEL_FILLERS})?[ \t]*(?:{NUM}|{AT_MARKET})|{NUM}(?:k|w|万)?[ \t]*(?:{ZH_NEAR})[ \t]*(?:{ZH_SIZES})?[ \t]*(?:{ZH_ENTRIES})|(?:{ZH_BREAKS})[ \t]*{NUM}(?:k|w|万)?[ \t]*(?:{ZH_BREAK_EXITS})|(?-u:\b)(?:{EN_LEVELS}|(?:{EN_NUMBERED})[1-9]?)(?-u:\b)[ \t]*(?:(?:{EN_AFTER})[ \t]*)?(?:(?:for|on)[ \t]+[$#]?[a-z][a-z0-9]{1,9}[ \t]*)?[:=@]?[ \t]*[$]?{NUM}|(?-u:\b)(?:{ORDERS})[ \t]+(?:(?:\$[a-z][a-z0-9]{1,9}[ \t]+)?(?:at(?-u:\b)|from(?-u:\b)|@)|(?:[$#]?[a-z][a-z0-9]{1,9}[ \t]+)?(?:{ORDER_MARKS})(?-u:\b))[ \t]*[$]?{NUM}|(?-u:\b)(?:{ORDERS})[ \t]+(?:[$#][a-z][a-z0-9]{1,9}[ \t]+)?[$]?{NUM}(?:k(?-u:\b)|[ \t]*(?:[-–~]|to(?-u:\b))[ \t]*[$]?{NUM}k?|[ \t]*(?:[,;\n]|$))|(?-u:\b)(?:{ORDERS})[ \t]+(?:[$#][a-z][a-z0-9]{1,9}[ \t]+)?(?:{EN_AT_MARKET})(?-u:\b)",
            &[
                ("LEVELS", alt(&words.trade_levels)),
                ("LEVEL_FILLERS", alt(&words.trade_level_fillers)),
                ("ZH_NEAR", alt(&words.trade_zh_near)),
                ("ZH_SIZES", alt(&words.trade_zh_sizes)),
                ("ZH_ENTRIES", alt(&words.trade_zh_entries)),
                ("ZH_BREAKS", alt(&words.trade_zh_breaks)),
                ("ZH_BREAK_EXITS", alt(&words.trade_zh_break_exits)),
                ("AT_MARKET", alt(&words.trade_at_market)),
                ("LEVEL_WORDS", alt(&words.trade_level_words)),
                ("EN_LEVELS", alt(&words.trade_en_levels)),
                ("EN_NUMBERED", alt(&words.trade_en_numbered)),
                ("EN_AFTER", alt(&words.trade_en_after)),
                ("ORDERS", alt(&words.trade_orders)),
                ("ORDER_MARKS", alt(&words.trade_order_marks)),
                ("EN_AT_MARKET", alt(&words.trade_en_at_market)),
            ],
        ));
        let doubling = build(&fill(
            r"(?-u:\b)(?:{SENDS})[ \t]+(?:(?:[a-z]+[ \t]+){0,3}?{NUM}(?:[ \t]*[-–~][ \t]*{NUM})?[ \t]*[a-z]{2,6}|(?:any|some)[ \t]+amount[ \t]+of[ \t]+[a-z]{2,8})(?-u:\b).{0,100}?(?:{GETS})[ \t]+(?:back[ \t]+)?(?:{NUM}|{MULTIPLES})|(?:{ZH_SENDS}){NUM}[ \t]*(?:个|枚)?[a-z]*[^。!?\n]{0,12}?(?:{ZH_GETS})(?:还)?{NUM}|(?-u:\b)(?:{DOUBLES})[ \t]+(?:your|the|any|all)[ \t]+(?:{COINS})(?-u:\b)",
            &[
                ("SENDS", alt(&words.doubling_sends)),
                ("GETS", alt(&words.doubling_gets)),
                ("MULTIPLES", alt(&words.doubling_multiples)),
                ("ZH_SENDS", alt(&words.doubling_zh_sends)),
                ("ZH_GETS", alt(&words.doubling_zh_gets)),
                ("DOUBLES", alt(&words.doubling_doubles)),
                ("COINS", alt(&words.doubling_coins)),
            ],
        ));
        // A list number at the start of a line or after a sentence end, followed by text. Or a
        // number alone and a space at a line's start (a keycap's frame, `1️⃣ 关注本号`, reads as
        // the bare digit), unless a measure word follows it (`2 个群`): a count, not a step.
        let step = build(
            r"(?m)(?:^|[\s:;。!?])[ \t]*(?P<n>[1-9]|1[0-9])(?:[.、)]|\.)[ \t]*[^\s0-9.、)]|^[ \t]*(?P<k>[1-9])[ \t]+[^\s0-9.、)个张份天元块人次位名条只枚台月年周号点%]",
        );
        let leverage = build(
            &(r"(?:[1-9][0-9]{0,2})[ \t]?(?:x|倍)[ \t]?".to_string()
                + &format!(
                    "(?:{})|(?:{})",
                    alternation(&edged(&words.leverage_after, true, true)),
                    alternation(&edged(&words.leverage_before, true, true))
                )
                + &fill(
                    // A leveraged token, named by its coin, multiple and side (`btc3l`, `eth5s`).
                    r"[ \t]*:?[ \t]*(?:[1-9][0-9]{0,2})[ \t]?(?:x|倍)|(?-u:\b)(?:{ON})[ \t]+[1-9][0-9]{0,2}x(?-u:\b)|(?:{OPEN})[ \t]?[1-9][0-9]{0,2}[ \t]?(?:x|倍)|(?-u:\b)(?:{COINS})[1-9][ls](?-u:\b)",
                    &[
                        ("ON", alt(&words.leverage_on)),
                        ("OPEN", alt(&words.leverage_open)),
                        ("COINS", alt(&words.rail_coins)),
                    ],
                )),
        );
        // A label that offers the link right after it as a way in.
        let signup_label = build(&link_label(&words.signup_labels, &words.signup_label_nouns));
        // A label that names the link right after it as a chat group's (`telegram link:`,
        // `电报群：`), whatever its host.
        let group_label = build(&link_label(&words.group_label_apps, &words.group_label_nouns));
        // A coin's name by its ending, or a platform's name glued from a crypto stem and a
        // business stem in either order (`virtualbtcinvest`, `bitcoinminerpro`, `tradebtc`).
        let coin_en = build(&fill(
            r"(?-u:\b)[a-z][a-z0-9]{1,20}(?:{ENDINGS})s?(?-u:\b)|(?-u:\b)[a-z0-9]{0,12}?(?:{BRAND_COINS})[a-z0-9]{0,10}?(?:{BUSINESS})[a-z0-9]{0,6}(?-u:\b)|(?-u:\b)[a-z0-9]{0,10}?(?:{BUSINESS})[a-z0-9]{0,10}?(?:{BRAND_COINS})[a-z0-9]{0,6}(?-u:\b)",
            &[
                ("ENDINGS", alternation(&edged(&words.coin_endings, false, false))),
                ("BRAND_COINS", alt(&words.coin_brand_coins)),
                ("BUSINESS", alt(&words.coin_brand_business)),
            ],
        ));
        // The shortest run of letters a coin name can be: two, then the shortest ending.
        let coin_min_run = 2 + words.coin_endings.iter().map(String::len).min().unwrap_or(usize::MAX - 2);
        let tg_ascii = words.telegram.iter().filter(|w| w.is_ascii()).cloned().collect();
        let testimonial_needles = longest_words(&words.recovery_losses);
        let doubling_needles = longest_words(&words.doubling_doubles);
        let coin_zh = build(r"[\x{3400}-\x{4dbf}\x{4e00}-\x{9fff}]{1,3}币");
        let recovery = build(&fill(
            &[
                r"(?-u:\b)(?:{SERVICES})[ \t]+(?:{PROVIDERS})(?-u:\b)",
                // The one who recovers: a pronoun, one of the providers with up to two words
                // before it (`our team`, `this hacker`, `our certified blockchain
                // investigators`). The verb may come after tracing (`trace and return`).
                // Then anyone of one to three words after `our` or `my` (`our chain analysts`:
                // the offering voice names its own people) who gets back stolen or lost things.
                r"(?-u:\b)(?:we|they|who|he|she|i|(?:our|my|this|the|a|an|these|their)[ \t]+(?:[a-z-]+[ \t]+){0,4}?(?:{PROVIDERS}))[ \t]+(?:can[ \t]+|will[ \t]+|has[ \t]+|have[ \t]+|helped[ \t]+(?:me[ \t]+|us[ \t]+)?|help[ \t]+(?:you[ \t]+)?)?(?:{VERBS}|(?:trace|track|locate|find)(?:s|es)?[ \t]+(?:and|&)[ \t]+(?:return|returns|{VERBS}))[ \t]+(?:(?:{OBJECTS})(?-u:\b)|(?:(?:over|more[ \t]+than|nearly|almost|up[ \t]+to)[ \t]+)?[$€£]?[0-9])",
                r"(?-u:\b)(?:our|my)[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z-]+[ \t]+(?:can[ \t]+|will[ \t]+)?(?:{VERBS}|(?:trace|track|locate|find)(?:s|es)?[ \t]+(?:and|&)[ \t]+(?:return|returns|{VERBS}))[ \t]+(?:your[ \t]+|all[ \t]+)?(?:{FUNDS_LOST})(?-u:\b)",
                // Whom may be named at length (`help victims of crypto fraud trace and
                // recover`).
                r"(?-u:\b)help(?:ed|s|ing)?[ \t]+(?:{HELPED})(?:[ \t]+[a-z'-]+){0,5}?[ \t]+(?:to[ \t]+)?(?:{HELP_TO})(?-u:\b)",
                r"(?-u:\b)(?:my|your|all[ \t]+my|our)[ \t]+(?:(?:{FUNDS_LOST})[ \t]+)?(?:{FUNDS})[^.!?\n]{0,40}?(?:were|was|got|get|be|been)[ \t]+(?:fully[ \t]+)?(?:{OUTCOMES})(?-u:\b)",
                r"(?-u:\b)(?:can|will|could|to)[ \t]+(?:help[ \t]+(?:you[ \t]+)?)?(?:get|bring)[ \t]+(?:your|all[ \t]+your|the)[ \t]+(?:(?:{BACK_LOST})[ \t]+)?(?:{BACK_FUNDS})[ \t]+back(?-u:\b)",
                // `got … back` split round what was got: the one who recovers (not `i`: one's
                // own luck is no service), then `got`, `get` or `brought` and it, them, a share
                // of it or someone's funds, then `back` (`they got most of it back`).
                r"(?-u:\b)(?:we|they|who|(?:our|my|this|these|their)[ \t]+(?:[a-z-]+[ \t]+){0,4}?(?:{PROVIDERS}))[ \t]+(?:can[ \t]+|will[ \t]+|has[ \t]+|have[ \t]+|helped[ \t]+(?:me[ \t]+|us[ \t]+)?)?(?:got|get|gets|brought|bring|brings)[ \t]+(?:it|them|everything|(?:most|all|some|part|half|much)[ \t]+of[ \t]+(?:it|them)|(?:my|our|his|her|their|your)[ \t]+(?:(?:{BACK_LOST})[ \t]+)?(?:{BACK_FUNDS}))[ \t]+back(?-u:\b)",
                r"(?:{ZH_OFFERS})(?:{ZH_VERBS})",
                // Who does it, named a few characters before (`专业链上追踪团队，冻结追回`):
                // a provider, then up to six characters within the sentence, then the verb.
                r"(?:{ZH_PROVIDERS})[^。!?\n]{0,6}?(?:{ZH_VERBS})",
                // Funds got back, credited to someone right after (`i got 80% back thanks to
                // @x`, `recovered most of it through their team`): a testimonial pointing at
                // who did it, as the thanks first (below) is.
                r"(?-u:\b)(?:got|get|recovered|retrieved)[ \t]+(?:(?:nearly|almost|over|about)[ \t]+)?(?:[$€£]?[0-9][0-9.,]*[ \t]*(?:%|k|[a-z]{2,5})?|(?:most|all|some|half|part|much)[ \t]+of[ \t]+(?:it|them|(?:my|our)[ \t]+(?:{BACK_FUNDS}))|(?:my|our)[ \t]+(?:(?:{BACK_LOST})[ \t]+)?(?:{BACK_FUNDS})|everything|it|them)[ \t]+back[ \t]+(?:thanks[ \t]+to|with[ \t]+the[ \t]+help[ \t]+of|through|thru|via)[ \t]+@?[a-z]",
                // With no one named, the service's boast (`recovered 4.2 btc for a client last
                // week`, `got back 30k usdt for our clients`): the recovering is done for others.
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:[^.!?\n]|\.[0-9]){0,40}?[ \t]for[ \t]+(?:(?:a|an|one|our|my|many|[0-9][0-9,]*)[ \t]+)?(?:{HELPED})(?-u:\b)",
                // Thanks to someone named, then funds of one's own got (`thank you so much
                // itechhackers.com, i just got my 2.1btc`, `grateful to @x, we received our
                // funds`): a testimonial crediting who paid or recovered. Not `thanks to my
                // mom i got my first bitcoin` (no amount, no funds word right after `my`).
                r"(?-u:\b)(?:{THANKS})[ \t]+(?:(?:so[ \t]+much|a[ \t]+lot|again)[ \t]+)?(?:to[ \t]+)?@?[a-z][a-z0-9_.-]{2,40}(?:[ \t]+[a-z][a-z0-9_.-]{1,20}){0,2}?[ \t]*[,!.:;-]*[ \t]*(?:i|we)[ \t]+(?:(?:just|finally|have|now|already)[ \t]+)?(?:{THANKS_GOT})[ \t]+(?:back[ \t]+)?(?:all[ \t]+)?(?:my|our)[ \t]+(?:[0-9][0-9.,]*[ \t]*)?(?:{BACK_FUNDS})(?-u:\b)",
            ]
            .join("|"),
            &[
                ("SERVICES", ph(&words.recovery_services)),
                ("PROVIDERS", ph(&words.recovery_providers)),
                ("VERBS", ph(&words.recovery_verbs)),
                ("OBJECTS", ph(&words.recovery_objects)),
                ("HELPED", ph(&words.recovery_helped)),
                ("HELP_TO", ph(&words.recovery_help_to)),
                ("FUNDS_LOST", ph(&words.recovery_funds_lost)),
                ("FUNDS", ph(&words.recovery_funds)),
                ("OUTCOMES", ph(&words.recovery_outcomes)),
                ("BACK_LOST", ph(&words.recovery_back_lost)),
                ("BACK_FUNDS", ph(&words.recovery_back_funds)),
                ("THANKS", ph(&words.recovery_thanks)),
                ("THANKS_GOT", ph(&words.recovery_thanks_got)),
                ("ZH_OFFERS", alt(&words.recovery_zh_offers)),
                ("ZH_VERBS", alt(&words.recovery_zh_verbs)),
                ("ZH_PROVIDERS", alt(&words.recovery_zh_providers)),
            ],
        ));
        // A testimonial: what someone lost, then that it came back (`everything I lost to
        // them was recovered`, `… but @x got it all back`). Apart from `recovery`, so its
        // literal start (`lost`, `scammed`) lets the search skip to where it can match.
        let testimonial = build(&fill(
            r"(?-u:\b)(?:i|we|he|she|they)[ \t]+(?:had[ \t]+)?(?:{LOSSES})(?-u:\b)[^.!?\n]{0,60}?(?:(?:was|were|got|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:fully[ \t]+|all[ \t]+)?(?:{OUTCOMES})|(?:got|get|gotten|brought)[ \t]+(?:(?:it|them|everything|all|my[ \t]+[a-z0-9]+)[ \t]+){1,2}back|(?:{OUTCOMES})[ \t]+(?:it|them|everything|all|my))(?-u:\b)",
            &[("LOSSES", ph(&words.recovery_losses)), ("OUTCOMES", ph(&words.recovery_outcomes))],
        ));
        // A testimonial of gains credited to whom the money went (`i have made over $40,000
        // since i started investing with mrs. hale`, `i invested $1,000 with cryptoprimeplus
        // and received $12,500`, `thanks to expert lucas, i made 3 btc`, `ever since i joined
        // goldminebitpro my portfolio doubled`): in one sentence (no `!`, `?` or line break),
        // the gain (an amount or one of `objects` within three words of the verb, or `my …`
        // and a verb of growing) and, before or after it, whom: `with`/`under`/`through`/`via`
        // after one of `joins`, a name right after one of `joins_direct`, or `thanks to`. In
        // Chinese: following someone (`跟着`), within eight characters whom (`老师`), within
        // 24 more a gain (`赚了`, or `翻了` a number of times: `翻了三倍`), all in one sentence
        // (`跟着王老师投资三个月,我已经赚了20万`).
        let gain_testimonial = {
            let who = r"(?:i|we)(?:'ve|[ \t]+have|[ \t]+had)?(?:[ \t]+(?:just|now|already|also|literally|been|started|began|first|finally))*";
            // A match ends after whom's first word or the amount's last digit, so a finding
            // marks them whole.
            let join = format!(
                r"{who}[ \t]+(?:(?:{{JOINS}})[ \t]+(?:[^ \t!?\n]+[ \t]+){{0,3}}?(?:with|under|through|via)|(?:{{DIRECT}}))[ \t]+[^ \t!?\n]+"
            );
            let gain = format!(
                r"(?:{who}|and)[ \t]+(?:{{GAINS}})[ \t]+(?:[^ \t!?\n]+[ \t]+){{0,3}}?(?:[$€£¥]?[0-9](?:[0-9,.]*[0-9])?[km]?(?-u:\b)|(?:{{OBJECTS}})(?-u:\b))|my[ \t]+[a-z]+(?:[ \t]+(?:has|have|had|just|already))*[ \t]+(?:{{GROWS}})(?-u:\b)"
            );
            build(&fill(
                &format!(
                    r"(?-u:\b)(?:(?:{gain})[^!?\n]{{0,80}}?(?-u:\b)(?:since|after|when|by)[ \t]+{join}|(?:{join}|(?:{{CREDITS}})[ \t]+[^ \t!?\n]+)[^!?\n]{{0,80}}?(?-u:\b)(?:{gain}|to[ \t]+(?:{{GAINS}})[ \t]+(?:[^ \t!?\n]+[ \t]+){{0,3}}?(?:{{OBJECTS}})(?-u:\b)))|(?:{{ZH_LEADS}})[^。!?;\n]{{0,8}}?(?:{{ZH_WHOM}})[^。!?;\n]{{0,24}}?(?:{{ZH_GAINS}}|翻了[0-9一两二三四五六七八九十几数]{{1,3}}(?:倍|番))"
                ),
                &[
                    ("JOINS", ph(&words.gain_joins)),
                    ("DIRECT", ph(&words.gain_joins_direct)),
                    ("GAINS", ph(&words.gain_verbs)),
                    ("OBJECTS", ph(&words.gain_objects)),
                    ("GROWS", ph(&words.gain_grows)),
                    ("CREDITS", ph(&words.gain_credits)),
                    ("ZH_LEADS", alt(&words.gain_zh_leads)),
                    ("ZH_WHOM", alt(&words.gain_zh_whom)),
                    ("ZH_GAINS", alt(&words.gain_zh_gains)),
                ],
            ))
        };
        let email = build(
            r"(?-u:\b)[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)*\.[a-z]{2,12}(?-u:\b)",
        );
        // An address with `at` and `dot` spelled out to get past filters (`name[at]mail(dot)com`,
        // or with plain words a mail provider's: `name at proton dot me`); the top-level
        // domain must be one of the usual ones. With a provider whose name is no everyday
        // word, the top-level domain may be left out (`name at gmail`, `name (at) hotmail`) when
        // the name does not read as a word (eight characters or more, or a digit, dot, `_`, `-`).
        // A domain written around a link filter: its dot spelled (`name dot com`, `name(dot)com`,
        // `name[.]com`, with `net` and `org` too), dropped for a space before `com` (not `net`:
        // `safety net`; `virtualbtcinvest com`, as letters spaced out to `v i r t u a l … com`
        // read), or dropped altogether before `com` after at least six letters
        // (`itechhackerscom`: few words end so).
        let url_spelled = build(
            r"(?-u:\b)[a-z0-9][-a-z0-9]{2,62}(?:(?:[ \t]*(?:\(dot\)|\[dot\]|\{dot\}|\[\.\]|\(\.\))[ \t]*|[ \t]+dot[ \t]+)(?:com|net|org)|[ \t]+com)(?-u:\b)|(?-u:\b)[a-z][a-z0-9]{5,40}com(?-u:\b)",
        );
        let email_spelled = build(
            r"(?-u:\b)[a-z0-9][a-z0-9._-]{1,63}(?:[ \t]*(?:\(at\)|\[at\])[ \t]*[a-z0-9][a-z0-9-]{1,61}[ \t]*(?:\(dot\)|\[dot\]|[ \t]dot[ \t]|\.)|[ \t]+at[ \t]+(?:gmail|googlemail|proton|protonmail|pm|outlook|hotmail|live|yahoo|icloud|aol|gmx|mail|zoho|yandex|qq|163|126|foxmail|tutanota|tuta)[ \t]*(?:\(dot\)|\[dot\]|[ \t]dot[ \t]))[ \t]*(?:com|net|org|me|io|co|xyz|info|app|biz|cc)(?-u:\b)|(?-u:\b)[a-z0-9](?:[a-z0-9._-]{7,62}|[a-z0-9._-]{0,61}[0-9._-][a-z0-9._-]{0,61})(?:[ \t]+at[ \t]+|[ \t]*(?:\(at\)|\[at\])[ \t]*)(?:gmail|googlemail|hotmail|protonmail)(?-u:\b)",
        );
        let contact_handle = build(&fill(
            r"(?-u:\b)(?:{VERBS})(?-u:\b)[ \t]*(?:(?:us|me|him|her|them|our[ \t]+\w+)[ \t]+)?(?:(?:on|via|at|through)[ \t]+)?(?:(?:{APPS})[ \t]*)?(?:[:=][ \t]*)?(?P<h>@[a-z][a-z0-9_]{3,31}(?-u:\b)|\+?[0-9][0-9 ()-]{7,16}[0-9])|(?:{ZH_VERBS})[ \t]*(?:{ZH_WHOM})?[ \t]*(?:[a-z]{2,10}[ \t]*)?(?:号|id)?[ \t]*:[ \t]*(?P<g>@?[a-z][a-z0-9_.-]{3,31}(?-u:\b)|\+?[0-9][0-9 ()-]{6,16}[0-9])|(?-u:\b)(?P<m>(?:\+?86[ \t-]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2})(?-u:\b)",
            &[
                ("VERBS", ph(&words.contact_verbs)),
                ("APPS", ph(&words.contact_apps)),
                ("ZH_VERBS", alt(&words.contact_zh_verbs)),
                ("ZH_WHOM", alt(&words.contact_zh_whom)),
            ],
        ));
        // A target reached, the verb before it (`hit our second target`, `reached tp2`) or
        // after it (`all targets hit`, `tp1 done ✅`); in Chinese a target, maybe 已, then
        // a verb of reaching (`目标位已到达`), or a result on its own (`止盈出局`).
        let signal_result = build(&fill(
            r"(?-u:\b)(?:{REACHED})[ \t]+(?:(?:{BETWEEN})[ \t]+){0,2}(?:{TARGETS})(?:[ \t]?[1-9])?(?-u:\b)|(?-u:\b)(?:(?:{BETWEEN})[ \t]+){0,2}(?:{TARGETS})(?:[ \t]?[1-9])?[ \t]+(?:(?:is|was|were|are|been|got|has[ \t]+been|have[ \t]+been)[ \t]+)?(?:{REACHED})(?-u:\b)|(?:{ZH_TARGETS})[ \t]*(?:[1-9一二三四五][ \t]*)?(?:已经|已|全部|均已|都已)?[ \t]*(?:{ZH_REACHED})|(?:{ZH_WORDS})",
            &[
                ("REACHED", ph(&words.signal_reached)),
                ("BETWEEN", ph(&words.signal_between)),
                ("TARGETS", ph(&words.signal_targets)),
                ("ZH_TARGETS", alt(&words.signal_zh_targets)),
                ("ZH_REACHED", alt(&words.signal_zh_reached)),
                ("ZH_WORDS", alt(&words.signal_zh_words)),
            ],
        ));
        let group_call = build(&fill(
            &[
                r"(?-u:\b)(?:{EVERYONE})[ \t,]+(?:(?:{URGING})[ \t]+)?(?:{ACTS})(?-u:\b)",
                r"(?-u:\b)(?:{TIMED})[ \t]+(?:[$\w]+[ \t]+){0,3}?(?:at|by)[ \t]+(?:exactly[ \t]+)?[0-9]{1,2}(?::[0-9]{2})?[ \t]*(?:am|pm|utc|est|et|gmt)(?-u:\b)",
                // A clock time needs no `at` (`we buy $grub 19:00`): `19:00` is an hour, where a
                // bare `7` could be a price or a count.
                r"(?-u:\b)(?:{TIMED})[ \t]+(?:[$\w]+[ \t]+){0,3}?(?:at[ \t]+|by[ \t]+)?(?:exactly[ \t]+)?{CLOCK}",
                // The act, maybe a word of its coming and where, then a countdown (`pump in 10
                // minutes`, `pump incoming on binance in 30 minutes`).
                r"(?-u:\b)(?:{TIMED})[ \t]+(?:(?:incoming|starts|starting|begins|coming|will[ \t]+start)[ \t]+)?(?:(?:on|at|via)[ \t]+[$\w.]+[ \t]+)?in[ \t]+[0-9]{1,3}[ \t]*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)(?-u:\b)",
                r"(?-u:\b)(?:{TOGETHER})[ \t]+(?:\w+[ \t]+){0,2}?together(?-u:\b)",
                // The time first, then the act (`be in the chat at 9 pm utc and buy`), or the
                // act on a signal's instant (`buy the second the ca drops`).
                r"(?-u:\b)at[ \t]+(?:exactly[ \t]+)?[0-9]{1,2}(?::[0-9]{2})?[ \t]*(?:am|pm|utc|est|et|gmt)(?:[ \t]+(?:utc|est|et|gmt))?[ \t]*,?[ \t]+(?:and|then)[ \t]+(?:(?:{EVERYONE})[ \t]+)?(?:{TIMED})(?-u:\b)",
                r"(?-u:\b)(?:{TIMED})[ \t]+(?:it[ \t]+)?the[ \t]+(?:second|moment|minute|instant)[ \t]+(?:the|it|we)(?-u:\b)",
                // No one to sell before the group's target (`nobody sells until we double`,
                // `don't dump till we hit 2x`): the hold order of a pump. The target is a verb of
                // reaching or a number, not `until we see` (advice).
                r"(?-u:\b)(?:nobody|no[ \t-]one|noone)[ \t]+(?:{HOLD})[ \t]+(?:until|till|before)[ \t]+(?:we[ \t]+(?:hit|reach|double|triple|moon|pump|get[ \t]+to|[0-9])|[0-9]+(?:\.[0-9]+)?[ \t]?x(?-u:\b))",
                r"(?-u:\b)(?:don't|dont|do[ \t]+not|never)[ \t]+(?:{HOLD})[ \t]+(?:until|till|before)[ \t]+(?:we[ \t]+(?:hit|reach|double|triple|moon|pump|get[ \t]+to|[0-9])|[0-9]+(?:\.[0-9]+)?[ \t]?x(?-u:\b))",
                // The same order as a rule of the group, with `no` (`no sells till 3x`, `no
                // selling before we hit 2x`).
                r"(?-u:\b)(?:no|zero)[ \t]+(?:{HOLD_NOUNS})[ \t]+(?:until|till|before)[ \t]+(?:we[ \t]+(?:hit|reach|double|triple|moon|pump|get[ \t]+to|[0-9])|[0-9]+(?:\.[0-9]+)?[ \t]?x(?-u:\b))",
                // The coin a pump group will reveal, and where or when (`the coin name will be
                // posted here`, `coin reveal in 10 minutes`, `next message will be the coin`):
                // not `the coin will be released next year`, which has no place or hour.
                r"(?-u:\b)(?:{REVEAL_THINGS})[ \t]+(?:will[ \t]+be|is[ \t]+going[ \t]+to[ \t]+be|gets|is[ \t]+being)[ \t]+(?:{REVEAL_VERBS})[ \t]+(?:here|in[ \t]+(?:this|the|our)[ \t]+(?:channel|group|chat)|(?:at|in)[ \t]+[0-9])",
                r"(?-u:\b)(?:{REVEAL_THINGS})[ \t]+(?:reveal|drop)s?[ \t]+(?:here|(?:at|in)[ \t]+[0-9]|{CLOCK})",
                r"(?-u:\b)next[ \t]+(?:message|post)[ \t]*(?:will[ \t]+be|is|=|:)[ \t]*the[ \t]+(?:{REVEAL_THINGS})(?-u:\b)",
                // The act by its name, as the group schedules it (`we do coordinated buy on x`,
                // `a synchronized pump`); not the report's noun `coordinated buying`.
                r"(?-u:\b)(?:coordinated|synchronized|synchronised)[ \t]+(?:{TOGETHER})(?-u:\b)",
                // A group's event scheduled (`next pump`, `upcoming pump signal`), or a coin
                // picked for it (`the coin we picked to pump`, `selected for the pump`).
                r"(?-u:\b)(?:{SCHEDULED})[ \t]+(?:(?:big|mega|massive|huge|official|next)[ \t]+){0,2}(?:{EVENTS})(?-u:\b)",
                r"(?-u:\b)(?:{PICKS})[ \t]+(?:to|for)[ \t]+(?:(?:the|our|a|this|today's|todays)[ \t]+)?(?:{EVENTS})(?-u:\b)",
                // The event announced or scheduled (`pump announcement`, `a huge pump lined up`).
                r"(?-u:\b)(?:{EVENTS})[ \t]+(?:{NOTICES})(?-u:\b)",
                // A countdown to the group's event (`30 minutes until the pump`, `1 day left
                // until our big pump`, `60 minutes left until the mexc mega pump`): a number and
                // a unit, maybe `left` or `to go`, a word of before, `the` or `our`, up to two
                // words, the event. Not `the pump lasted 30 minutes`.
                r"(?-u:\b)[0-9]{1,3}[ \t]*(?:minutes?|mins?|hours?|hrs?|days?|seconds?|secs?)[ \t]+(?:(?:left|remaining|to[ \t]+go)[ \t]+)?(?:until|till|before|to|on)[ \t]+(?:the|our)[ \t]+(?:[\w.]+[ \t]+){0,2}?(?:{EVENTS})(?-u:\b)",
                // The coin a group pumps, said by the group (`the coin we are pumping today`, `we
                // will pump this coin`, `we pumped the coin`).
                r"(?-u:\b)(?:{REVEAL_THINGS})[ \t]+we(?:'re|[ \t]+are|[ \t]+will[ \t]+be|[ \t]+are[ \t]+going[ \t]+to|[ \t]+will|'ll)[ \t]+pump(?:ing)?(?-u:\b)",
                r"(?-u:\b)we(?:'ll|[ \t]+will|[ \t]+are[ \t]+going[ \t]+to|'re[ \t]+going[ \t]+to|[ \t]+pumped)[ \t]+(?:pump[ \t]+)?(?:this|the|our|a)[ \t]+(?:{REVEAL_THINGS})(?-u:\b)",
                // The group's habit, in its own voice (`we always re pump our coins`, `we pump
                // highly pumpable coins`): `we`, up to two adverbs, the act, up to two words, coins.
                r"(?-u:\b)we[ \t]+(?:(?:always|usually|only|will|also|then|again|just|never|often)[ \t]+){0,2}(?:re[ \t-]?)?pump[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:coins?|tokens?|gems?)(?-u:\b)",
                // The group's event waited for, signed off to, called off (`wait for the next
                // pump`, `see you all at the next signal`, `the pump is postponed`); not `the
                // pump was over`.
                r"(?-u:\b)wait[ \t]+(?:for|till|until)[ \t]+(?:(?:the|our|a)[ \t]+)?(?:next[ \t]+)?(?:{EVENTS})(?-u:\b)",
                r"(?-u:\b)see[ \t]+(?:you|ya|u)[ \t]+(?:(?:all|guys)[ \t]+)?(?:at|in|for)[ \t]+(?:the|our)[ \t]+next[ \t]+(?:{EVENTS}|signal|call)(?-u:\b)",
                r"(?-u:\b)(?:{EVENTS})[ \t]+(?:is|has[ \t]+been)[ \t]+(?:cancelled|canceled|postponed|delayed|rescheduled|moved)(?-u:\b)",
                // The reveal itself, with its colon (`coin is : $strike`, `our signal today is: x`).
                r"(?-u:\b)(?:coin|token|signal)[ \t]+(?:(?:name|today|for[ \t]+today|of[ \t]+the[ \t]+day)[ \t]+)?is[ \t]*:",
                // Without the colon, a cashtag right after, where a sentence starts or after the
                // group's word for its pick (`shill time. coin is $qlx`, `vip coin is $dust`).
                r"(?:(?m:^)|[.!?;:][ \t]*|(?-u:\b)(?:vip|pump|signal|today's|todays|tonight's|tonights|our|next)[ \t]+)(?:coin|token)[ \t]+is[ \t]+\$[a-z]",
                // The caller's cue, a trading act (`when i say load, you load`).
                r"(?-u:\b)when[ \t]+i[ \t]+say[ \t]+(?:{ACTS}|{TIMED}|{HOLD}|go|out|now)[ \t]*,?[ \t]*(?:you|we|everyone|everybody|y'all)(?-u:\b)",
                r"(?:{ZH_EVERYONE})[^。!?\n]{0,6}?(?:{ZH_TOGETHER})[^,。!?\n]{0,3}?(?:{ZH_ACTS})",
                r"(?:{ZH_EVERYONE}|{ZH_NOBODY})(?:都|也)?(?:{ZH_FORBID})(?:{ZH_SELLS})",
                r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})点(?:整|准时)?|[0-9]{1,2}:[0-9]{2})[^。!?\n]{0,6}?(?:{ZH_AT_TIME})[^,。!?\n]{0,3}?(?:{ZH_ACTS})",
            ]
            .join("|"),
            &[
                ("EVERYONE", ph(&words.group_everyone)),
                ("URGING", ph(&words.group_urging)),
                ("ACTS", ph(&words.group_acts)),
                ("TIMED", ph(&words.group_timed_acts)),
                ("TOGETHER", ph(&words.group_together_acts)),
                ("HOLD", ph(&words.group_hold_breaks)),
                ("HOLD_NOUNS", ph(&words.group_hold_nouns)),
                ("CLOCK", CLOCK.to_string()),
                ("REVEAL_THINGS", ph(&words.group_reveal_things)),
                ("REVEAL_VERBS", ph(&words.group_reveal_verbs)),
                ("EVENTS", ph(&words.group_events)),
                ("SCHEDULED", ph(&words.group_scheduled)),
                ("PICKS", ph(&words.group_picks)),
                ("NOTICES", ph(&words.group_notices)),
                ("ZH_EVERYONE", alt(&words.group_zh_everyone)),
                ("ZH_TOGETHER", alt(&words.group_zh_together)),
                ("ZH_AT_TIME", alt(&words.group_zh_at_time)),
                ("ZH_ACTS", alt(&words.group_zh_acts)),
                ("ZH_NOBODY", alt(&words.group_zh_nobody)),
                ("ZH_FORBID", alt(&words.group_zh_forbid)),
                ("ZH_SELLS", alt(&words.group_zh_sells)),
            ],
        ));
        // A clause start (text or line start, after end punctuation, Chinese too, a colon, a
        // bullet or a dash), a few words a caller puts first (`gm!`, `so`, `now`), then the
        // verb and the start of its object.
        let call_to_action = build(
            &(format!(
                r"(?m)(?:^|[.!?;:|>•…–—。！？；：-])[ \t]*(?:(?:{})[ \t]*[,!]?[ \t]+){{0,2}}(?P<v>{})",
                phrases(&edged(&words.cta_lead_words, false, false)),
                phrases(&edged(&words.cta_verbs, false, false))
            ) + r"[ \t]+[$@a-z0-9]"
                // After a comma too, when urgency ends the call: `now` or `today` closing it
                // (`…, deposit now!`, `…, grab a bag today.`), or `before`/`while` and what
                // will not wait (`…, grab a bag before it moons`), up to three words after
                // the verb; or the call ends its line (`…, trading opens in 2 hours, set your
                // orders`).
                + &format!(
                    r"|(?m),[ \t]*(?P<w>{})(?:[ \t]+[$@a-z0-9']+){{0,3}}?(?:[ \t]*[.!]*[ \t]*$|[ \t]+(?:now|today|asap|immediately)[ \t]*(?:[.!]|$)|[ \t]+(?:before|while)[ \t]+(?:it|it's|its|they|they're|the|you|we|launch|listing|supplies|stocks)(?-u:\b))",
                    phrases(&edged(&words.cta_verbs, false, false))
                )),
        );
        // A clause start (a comma too: steps run together, `open the app, tap buy, choose
        // usdt`; three steps are needed all the same), then a verb of using an app or a service
        // in the imperative.
        let instruction = build(&fill(
            r"(?m)(?:^|[.!;:|>•…–—,-])[ \t]*(?:(?P<l>{LEADS})[ \t]*,?[ \t]+)?(?P<v>{VERBS}|log[ \t]?in(?:[ \t]+to)?)(?-u:\b)[ \t]+[$@'\x22a-z0-9]",
            &[("LEADS", ph(&words.instruction_lead_words)), ("VERBS", ph(&words.instruction_verbs))],
        ));
        let offer_open = build(&fill(
            &[
                r"(?-u:\b)(?:{LIVE}|(?:{OPEN_TO})[ \t]+(?:{AUDIENCES}|{PURPOSES})|(?:{AVAILABLE_TO})[ \t]+(?:{AUDIENCES})",
                // A capability handed to the reader or the users: an enabler, who, maybe
                // `to` and one word (`lets you instantly sell`); who, an ability, maybe one
                // word (`players can also trade`); a tradable thing and where.
                r"|(?:{ENABLERS})[ \t]+(?:{WHO})[ \t]+(?:to[ \t]+)?(?:[a-z]+[ \t]+)?(?:{VERBS})",
                r"|(?:{WHO})[ \t]+(?:{CAN})[ \t]+(?:[a-z]+[ \t]+)?(?:{VERBS})",
                r"|(?:{TRADABLE})[ \t]+(?:on|in|at|via|across)",
                // A sale or launch said to be live with no `is` (`trading live on kucoin`,
                // `mint now live`), as headlines and listings put it.
                r"|(?:{SALES})[ \t]+(?:now[ \t]+)?live",
                // Open on a venue named by its handle, as posts on X name it (`10x perpetuals
                // available now on @somedex`, `trading live on @someexchange`): where to go.
                // Not `listed on`, which news of listings says as often.
                r"|(?:available|live|trading|tradable|tradeable)(?:[ \t]+(?:now|exclusively|only|today))?[ \t]+on\s*@[a-z][a-z0-9_]{2,31}",
                // A sale or launch, maybe `of`/`for` and its token, opening at a time the
                // reader can be there (`presale starts tomorrow`, `the mint opens at 5pm utc`,
                // `ido goes live in 2 hours`, `whitelist closes friday`).
                r"|(?:{SALES})[ \t]+(?:(?:of|for)[ \t]+[$\w.]+[ \t]+)?(?:(?:is|will)[ \t]+)?(?:{STARTS})[ \t]+",
                r"(?:today|tomorrow|tonight|soon|this[ \t]+(?:week|weekend|morning|evening|afternoon)|next[ \t]+week",
                r"|(?:on[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
                r"|in[ \t]+(?:[0-9]{1,3}|an?|one|two|three|few)[ \t]*(?:minutes?|mins?|hours?|hrs?|h|days?)",
                r"|at[ \t]+[0-9]{1,2}(?::[0-9]{2})?[ \t]*(?:(?:am|pm)(?:[ \t]+(?:utc|est|et|gmt|pst|cet))?|utc|est|et|gmt|pst|cet)",
                r"|on[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[ \t]+[0-9]{1,2}",
                r"|on[ \t]+[0-9]{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*",
                r"))(?-u:\b)",
                // With no verb, only a countdown or a clock time in a time zone (`stealth
                // launch in 10 min`, `mint at 5pm utc`): `trading today` is a market report.
                r"|(?-u:\b)(?:{SALES})[ \t]+(?:in[ \t]+(?:[0-9]{1,3}|an?|one|two|three|few)[ \t]*(?:minutes?|mins?|hours?|hrs?|h)",
                r"|at[ \t]+[0-9]{1,2}(?::[0-9]{2})?[ \t]*(?:(?:am|pm)[ \t]*)?(?:utc|est|et|gmt|pst|cet))(?-u:\b)",
            ]
            .concat(),
            &[
                ("LIVE", ph(&words.offer_live)),
                ("OPEN_TO", ph(&words.offer_open_to)),
                ("AUDIENCES", ph(&words.offer_audiences)),
                ("PURPOSES", ph(&words.offer_purposes)),
                ("AVAILABLE_TO", ph(&words.offer_available_to)),
                ("ENABLERS", ph(&words.offer_enablers)),
                ("WHO", ph(&words.offer_who)),
                ("CAN", ph(&words.offer_can)),
                ("VERBS", ph(&words.offer_verbs)),
                ("TRADABLE", ph(&words.offer_tradable)),
                ("SALES", ph(&words.offer_sales)),
                ("STARTS", ph(&words.offer_starts)),
            ],
        ));
        let offer_open_zh = build(&fill(
            "(?:{SERVICES})(?:{FEATURES})?[ \t]*(?:{ALREADY})?[ \t]*(?:{OPEN})",
            &[
                ("SERVICES", alt(&words.offer_zh_services)),
                ("FEATURES", alt(&words.offer_zh_features)),
                ("ALREADY", alt(&words.offer_zh_already)),
                ("OPEN", alt(&words.offer_zh_open)),
            ],
        ));
        let prohibition = build(&fill(
            r"(?P<s>(?:{STRONG})(?:{MANNER})?[一-鿿])|(?P<n>(?:{ALWAYS})?(?:{WILL_NOT})(?:{WHOM})?(?:{NEVER_ACTS}))|(?m)(?:^|[，。；;：:、！!？?,.•·\-])[ \t]*(?P<p>(?:(?:{LEADS})[ \t]*)?(?:(?:{NEGATIONS})(?:{MANNER})?(?:{ACTS})))|(?:^|[.!;:•\-])[ \t]*(?P<q>(?:(?:{EN_LEADS})[ \t]+)?(?:{EN_NEGATIONS})[ \t]+(?:{EN_ACTS})(?-u:\b)|(?:(?:{NOBODY})(?:[ \t]+from[ \t]+(?:the|our|this|their|any)[ \t]+(?:{PARTIES}))?|no[ \t]+(?:(?:{GENUINE})[ \t]+)?(?:{PARTIES}))[ \t]+(?:will|would|can|could|should|ever|is[ \t]+going[ \t]+to)(?:[ \t]+ever)?(?-u:\b)|if[ \t]+(?:{IF_SUBJECTS})[ \t]+(?:{IF_VERBS})(?-u:\b))",
            &[
                ("STRONG", alt(&words.forbid_strong)),
                ("MANNER", alt(&words.forbid_manner)),
                ("ALWAYS", alt(&words.forbid_always)),
                ("WILL_NOT", alt(&words.forbid_will_not)),
                ("WHOM", alt(&words.forbid_will_not_whom)),
                ("NEVER_ACTS", alt(&words.forbid_will_not_acts)),
                ("LEADS", alt(&words.forbid_leads)),
                ("NEGATIONS", alt(&words.forbid_negations)),
                ("ACTS", alt(&words.forbid_acts)),
                ("EN_LEADS", ph(&words.forbid_en_leads)),
                ("EN_NEGATIONS", ph(&words.forbid_en_negations)),
                ("EN_ACTS", ph(&words.forbid_en_acts)),
                ("NOBODY", ph(&words.forbid_en_nobody)),
                ("GENUINE", ph(&words.forbid_en_genuine)),
                ("PARTIES", ph(&words.forbid_en_parties)),
                ("IF_SUBJECTS", ph(&words.forbid_if_subjects)),
                ("IF_VERBS", ph(&words.forbid_if_verbs)),
            ],
        ));
        // The author's service: `our`/`my` before it, or `with us` after a verb; or, told in
        // the first person, what the author helps people do with their money (`i help people
        // grow their crypto portfolio`, `we have helped clients invest`, `let me help you
        // grow`), a `service-claim` (told apart in `detect` by its first word). In Chinese, in
        // the first person (`我们专业带客户理财`) or as leading the reader (`带你一起操作`).
        let own_service = build(&fill(
            r"(?-u:\b)(?:(?:our|my)[ \t]+(?:[a-z0-9$-]+[ \t]+){0,2}?(?:{SERVICES})s?|(?:{VERBS})[ \t]+(?:[a-z0-9$]+[ \t]+){0,2}?with[ \t]+us|(?:i|we|i'll|we'll|i’ll|we’ll|i'd|let[ \t]+(?:me|us))(?:[ \t]+(?:can|will|would|also|have|already|personally|love[ \t]+to|like[ \t]+to)){0,2}[ \t]+(?:{HELPERS})(?:[ \t]+(?:over|more[ \t]+than|nearly|almost))?(?:[ \t]+(?:[0-9][0-9,.]*[k+]*|hundreds[ \t]+of|thousands[ \t]+of))?[ \t]+(?:(?:{WHOM})(?:[ \t]+like[ \t]+you)?(?:[ \t]+(?:to|how[ \t]+to))?[ \t]+(?:{ACTS})|(?:{ACTS})[ \t]+(?:your|ur)))(?-u:\b)|(?:我们|我|本人|本团队|团队)(?:已经|已|曾经|曾|累计|先后|专业)?(?:{ZH_HELPERS})了?(?:[0-9]+|上百|上千|数百|数千|几百|几千|无数)?多?(?:位|名|个)?(?:{ZH_WHOM})(?:一起|一块)?(?:{ZH_ACTS})|(?:{ZH_LEADS})(?:{ZH_YOU})(?:一起|一块)?(?:{ZH_ACTS})|(?:我们|我|本人|本团队|团队)(?:这边|这里|这)?(?:{ZH_HAVE})[\x{4e00}-\x{9fff}]{0,6}?(?:{ZH_SERVICES})",
            &[
                ("SERVICES", ph(&words.own_services)),
                ("VERBS", ph(&words.own_with_us_verbs)),
                ("HELPERS", ph(&words.own_helpers)),
                ("WHOM", ph(&words.own_whom)),
                ("ACTS", ph(&words.own_acts)),
                ("ZH_HELPERS", ph(&words.own_zh_helpers)),
                ("ZH_WHOM", ph(&words.own_zh_whom)),
                ("ZH_ACTS", ph(&words.own_zh_acts)),
                ("ZH_YOU", ph(&words.own_zh_you)),
                ("ZH_LEADS", ph(&words.own_zh_leads)),
                ("ZH_HAVE", alt(&words.own_zh_have)),
                ("ZH_SERVICES", alt(&words.own_zh_services)),
            ],
        ));
        // An invitation into a group: a verb, then maybe whom and a preposition, maybe an
        // article, up to two kinds, then an app (maybe with its group noun); or `our`/`my` or a
        // kind before a group noun (`join a group` alone is not this shape); or the link in a
        // profile; or a request to be messaged for an invite.
        let group_invite = build(&fill(
            &[
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:(?:us|me)[ \t]+)?(?:(?:on|in|at|via|to|into)[ \t]+)?(?:(?:our|my|the|a|an|this)[ \t]+)?(?:(?:{KINDS})[ \t]+){0,2}(?:{APPS})(?:[ \t]+(?:{PLACES})s?)?(?-u:\b)",
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:(?:on|in|at|via|to|into)[ \t]+)?(?:our|my)[ \t]+(?:(?:{KINDS})[ \t]+){0,2}(?:{PLACES})s?(?-u:\b)",
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:(?:on|in|at|via|to|into)[ \t]+)?(?:(?:the|a|an|this)[ \t]+)?(?:(?:{KINDS})[ \t]+){1,2}(?:{PLACES})s?(?-u:\b)",
                r"(?-u:\b)links?[ \t]+in[ \t]+(?:(?:my|our|the)[ \t]+)?(?:bio|profile)(?-u:\b)",
                // In Chinese: a link or a group's number placed elsewhere (`链接在评论区`).
                r"(?:{ZH_LINKS})(?:已经|已)?(?:放在|放到|发在|挂在|在|见|放)(?:{ZH_PLACES})",
                // Or the reader sent to the author's page (`看我主页`, `点我头像`).
                r"(?:{ZH_LOOK})(?:我|俺)的?(?:{ZH_OWN_PLACES})",
                r"(?-u:\b)(?:dm|pm|message|inbox|contact)[ \t]+(?:(?:me|us)[ \t]+)?for[ \t]+(?:(?:an?|the)[ \t]+)?(?:invite|invitation|access|link|group[ \t]+link)(?-u:\b)",
                // `our`/`my` and any one or two words before a group's noun: an invitation
                // whatever its kind is called (`join our crypto trading group`).
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:(?:on|in|at|via|to|into)[ \t]+)?(?:our|my)[ \t]+(?:[a-z0-9$#][a-z0-9$#'-]*[ \t]+){1,2}(?:{GROUPS})s?(?-u:\b)",
                // In Chinese: a verb of joining, maybe whose, up to four characters of kind (no
                // counting words: `加了一群人` is no group), then a group (`加群`, `进粉丝群`,
                // `加入我们的交流群`). A `群` that starts another word (`群众`) is left out where
                // this runs.
                r"(?:{ZH_JOINS})(?:(?:我们|咱们|我|本|你)的?)?[\x{3400}-\x{4dbf}\x{4e00}-\x{9fff}&&[^了一个这那些几的]]{0,4}?(?:{ZH_GROUPS})",
            ]
            .join("|"),
            &[
                ("VERBS", ph(&words.invite_verbs)),
                ("KINDS", ph(&words.invite_kinds)),
                ("APPS", ph(&words.invite_apps)),
                ("PLACES", ph(&words.invite_places)),
                ("ZH_LINKS", alt(&words.invite_zh_links)),
                ("ZH_PLACES", alt(&words.invite_zh_places)),
                ("ZH_LOOK", alt(&words.invite_zh_look)),
                ("ZH_OWN_PLACES", alt(&words.invite_zh_own_places)),
                ("GROUPS", ph(&words.invite_groups)),
                ("ZH_JOINS", alt(&words.invite_zh_joins)),
                ("ZH_GROUPS", alt(&words.invite_zh_groups)),
            ],
        ));
        // A referral or a sign-up bonus: a verb and `my`/`our` code or link; `my`/`our` and a
        // kind of code or link; we both get; a kind of bonus; a bonus on the reader's act;
        // trading fees given back (`fee cashback`, `25% of your fees back`, `rebate on all
        // trading fees`, `20% off trading fees`, `split my commission`).
        let referral = build(&fill(
            &[
                r"(?-u:\b)(?:{USES})[ \t]+(?:my|our)[ \t]+(?:(?:{KINDS})[ \t]+)?(?:{NOUNS})(?-u:\b)",
                // With an article the kind must be there (`through a rebate link`, `sign up
                // with the referral code`), not `use a link`.
                r"(?-u:\b)(?:{USES})[ \t]+(?:a|an|the|this|that)[ \t]+(?:{KINDS})[ \t]+(?:{NOUNS})(?-u:\b)",
                r"(?-u:\b)(?:my|our)[ \t]+(?:{KINDS})[ \t]+(?:{NOUNS})s?(?-u:\b)",
                r"(?-u:\b)(?:we|you[ \t]+and[ \t]+i)[ \t]+both[ \t]+(?:get|earn|receive)(?-u:\b)",
                r"(?-u:\b)(?:{BONUS_KINDS})[ \t]+(?:{BONUSES})(?-u:\b)",
                r"(?-u:\b)(?:{BONUSES})[ \t]+(?:when|if|after|once|as[ \t]+soon[ \t]+as)[ \t]+you[ \t]+(?:{CONDITIONS})(?-u:\b)",
                // The reader's act first, then the bonus it earns (`deposit now to get a 10%
                // bonus`, `register and claim your welcome reward`), or the bonus on that act
                // (`a 100% bonus on your first deposit`).
                r"(?-u:\b)(?:{CONDITIONS})[ \t]+(?:(?:now|today|here|with[ \t]+us)[ \t]+)?(?:and|to|&)[ \t]+(?:get|receive|claim|earn|enjoy|unlock)[ \t]+(?:(?:a|an|up[ \t]+to|extra|an[ \t]+extra|your)[ \t]+)?(?:[$¥]?[0-9][0-9,.]*[ \t]*(?:%|k|usdt|usd|dollars?)?[ \t]+)?(?:[a-z]{3,10}[ \t]+)?(?:(?:{BONUS_KINDS})[ \t]+)?(?:{BONUSES})(?-u:\b)",
                r"(?-u:\b)(?:{BONUSES})[ \t]+(?:on|for|with)[ \t]+(?:(?:your|the|a|every|each)[ \t]+)?(?:first[ \t]+)?(?:deposits?|sign[ \t-]?ups?|registration)(?-u:\b)",
                r"(?-u:\b)(?:trading[ \t]+)?fees?[ \t]+(?:{FEE_BACKS})(?-u:\b)",
                r"(?-u:\b)(?:{FEE_BACKS})[ \t]+(?:on|of|from)[ \t]+(?:(?:your|all|every|each|the|trading)[ \t]+){0,2}fees(?-u:\b)",
                r"[0-9]%[ \t]+off[ \t]+(?:(?:your|all|every|each|the|trading)[ \t]+){0,2}fees?(?-u:\b)",
                r"(?-u:\b)split[ \t]+(?:my|our)[ \t]+(?:commission|rebate|kickback)s?(?-u:\b)",
                // A reward for bringing others in: for each one brought (`50 USDT per
                // referral`, `for every friend you invite`), on bringing them (`invite 3
                // friends and get`, `refer your friends to earn`), or a referral's reward
                // stated as a figure (`Referral: + 1,250 ZED`, `referral reward 10%`).
                r"(?-u:\b)(?:per|for[ \t]+(?:each|every)|each|every)[ \t]+(?:(?:new|invited|referred)[ \t]+)?(?:{BROUGHT})(?-u:\b)",
                r"(?-u:\b)(?:{BRING})[ \t]+(?:(?:[0-9]+|a|your|more|other)[ \t]+){0,2}(?:{BROUGHT}|people|users|others)[ \t]+(?:and|to)[ \t]+(?:get|earn|receive|win|claim)(?-u:\b)",
                r"(?-u:\b)referrals?[ \t]*(?:(?:bonus|reward|rewards)[ \t]*)?[:：]?[ \t]*[+➕]?[ \t]*(?:up[ \t]+to[ \t]+)?[$¥]?[0-9]",
                // A reward for trading: a trading contest (`futures trading competition`), or
                // the reader's act, up to three words, then a payout and a figure (`trade and
                // earn 21588 hpb`, `trade eth this week and share 50,000 usdt`).
                r"(?-u:\b)trading[ \t]+(?:{CONTESTS})(?-u:\b)",
                r"(?-u:\b)(?:{CONDITIONS})[ \t]+(?:[$\w.]+[ \t]+){0,3}?(?:and|to|&)[ \t]+(?:{PAYOUTS})[ \t]+(?:(?:up[ \t]+to|a[ \t]+share[ \t]+of|share[ \t]+of|a[ \t]+part[ \t]+of|part[ \t]+of|over)[ \t]+)?[$¥]?[0-9]",
                // What a new user gets in a coin (`new users get 20 usdt`, `the first 500
                // sign-ups receive 10 usdt`): a sign-up bonus in other words.
                r"(?-u:\b)(?:new|(?:the[ \t]+)?first[ \t]+[0-9][0-9,]*)[ \t]+(?:users|members|customers|traders|accounts|registrants|sign-?ups|signups|joiners)[ \t]+(?:will[ \t]+|can[ \t]+)?(?:get|receive|earn|claim|enjoy)[ \t]+(?:(?:up[ \t]+to|a|an|free)[ \t]+)?[$¥]?[0-9][0-9.,]*[ \t]*(?:k[ \t]*)?(?:{COINS}|u)(?-u:\b)",
            ]
            .join("|"),
            &[
                ("USES", ph(&words.referral_uses)),
                ("KINDS", ph(&words.referral_kinds)),
                ("NOUNS", ph(&words.referral_nouns)),
                ("BONUS_KINDS", ph(&words.referral_bonus_kinds)),
                ("BONUSES", ph(&words.referral_bonuses)),
                ("CONDITIONS", ph(&words.referral_conditions)),
                ("FEE_BACKS", ph(&words.referral_fee_backs)),
                ("BRING", ph(&words.referral_bring)),
                ("BROUGHT", ph(&words.referral_brought)),
                ("CONTESTS", ph(&words.referral_contests)),
                ("PAYOUTS", ph(&words.referral_payouts)),
                ("COINS", ph(&words.rail_coins)),
            ],
        ));
        // A reward for holding or putting coins to work, offered to whoever does it (an
        // airdrop's or a staking program's terms), found as `referral`. A pattern of its own:
        // its first words (`hold`, `users`) are common, and as alternatives of `referral` they
        // made that whole pattern run at each of them.
        let referral_terms = build(&fill(
            &[
                // The act, then in its clause `and`/`to`, a payout and a reward or a figure
                // (`stake your luma and receive weekly rewards`); whoever does it, then `will`
                // and a payout (`users who hold xas at the snapshot will get`); a distribution
                // to whoever does it (`distributed to wallets who deposit`); `users will share
                // 150,000 fuse`; holding at the snapshot.
                r"(?-u:\b)(?:{HOLDS})[ \t]+(?:[a-z0-9$,'%:/+-]+[ \t]+){0,8}?(?:and|to|&)[ \t]+(?:{PAYOUTS})[ \t]+(?:(?:the|a|an|your|their|weekly|daily|monthly|extra|free|up[ \t]+to)[ \t]+){0,2}(?:[$¥]?[0-9]|(?:[a-z]{2,10}[ \t]+)?(?:{REWARDS})(?-u:\b))",
                r"(?-u:\b)(?:{TAKERS})(?:[ \t]+(?:who|that))?[ \t]+(?:{HOLDS})[ \t]+(?:[a-z0-9$,'%:/+-]+[ \t]+){0,12}?(?:(?:will|shall|can)[ \t]+(?:(?:also|each|equally|all)[ \t]+)?(?:{PAYOUTS}|be[ \t]+eligible|qualify)|gets|receives|earns|wins|qualifies)(?-u:\b)",
                r"(?-u:\b)(?:airdropped|distributed|allocated|shared|split)[ \t]+(?:equally[ \t]+)?(?:to|among|between)[ \t]+(?:(?:all|the|eligible|our)[ \t]+){0,2}(?:{TAKERS})[ \t]+(?:who|that)[ \t]+(?:{HOLDS})(?-u:\b)",
                r"(?-u:\b)(?:users|holders|stakers|participants|depositors|traders)[ \t]+will[ \t]+(?:share|split)[ \t]+(?:up[ \t]+to[ \t]+)?[$¥]?[0-9]",
                r"(?-u:\b)(?:hold|holds|holding)[ \t]+(?:[a-z0-9$,'%:/+-]+[ \t]+){0,8}?(?:at|during|before|by)[ \t]+(?:the[ \t]+|[a-z0-9]+'s[ \t]+)?(?:time[ \t]+of[ \t]+(?:the[ \t]+)?)?snapshot(?-u:\b)",
            ]
            .join("|"),
            &[
                ("PAYOUTS", ph(&words.referral_payouts)),
                ("HOLDS", ph(&words.referral_holds)),
                ("TAKERS", ph(&words.referral_takers)),
                ("REWARDS", ph(&words.referral_rewards)),
            ],
        ));
        // A platform's bonus for joining or paying in, in Chinese, found as `referral`: its
        // own pattern, run on texts with Chinese in them (`referral` needs an English word).
        let referral_zh = build(&fill(
            &[
                // The reader's act, maybe a threshold, then a gift and a figure or what is
                // given (`充值满1000u送100u`, `注册即送体验金`, `首充返50%`); bringing others in
                // and the gift for it (`邀请3位好友注册即可领取`). Both may put `{LEAD}` (即可,
                // 最高…) before the gift. Without a coin or a crypto word near it no rule reads
                // it (`话费充值满100送20`).
                r"(?:{ZH_ACTS})(?:就|即|后|成功|完成|并|满|达|超过|每)?(?:[0-9][0-9,.]*[ \t]*(?:[a-z]{1,5}|元|块|刀|美元|美金|万)?)?[，,]?{LEAD}(?:{ZH_GIFTS})(?:高达|最高|最多|价值|额外)?(?:[0-9一二两三四五六七八九十百千万]|(?:{ZH_REWARDS}))",
                r"(?:{ZH_BRING})[0-9一二两三四五六七八九十]*(?:位|个|名)?(?:{ZH_BROUGHT})(?:注册|入金|充值|交易)?[，,]?{LEAD}(?:{ZH_GIFTS})",
            ]
            .join("|"),
            &[
                ("ZH_ACTS", alt(&words.referral_zh_acts)),
                ("ZH_GIFTS", alt(&words.referral_zh_gifts)),
                ("ZH_REWARDS", alt(&words.referral_zh_rewards)),
                ("ZH_BRING", alt(&words.referral_zh_bring)),
                ("ZH_BROUGHT", alt(&words.referral_zh_brought)),
                ("LEAD", r"(?:即|就|可|立|立即|还|再|额外|最高|最多|均|都|各)?可?".to_string()),
            ],
        ));
        // The reader asked to get in touch: a verb, maybe whom, maybe how or when, `for` or
        // `to get`, up to two determiners, then what for (`message for quotes`, `message him
        // directly for a free case review`); or `ask me how`, or a verb and whom (`contact
        // them`, `dm me now`), ending its clause (at `.`, `!`, a line's end or an emoji).
        let contact_ask = build(&fill(
            &[
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:(?:{WHOM_OR_ROLE})[ \t]+)?(?:(?:{ADVERBS})[ \t]+)?(?:for|to[ \t]+get)[ \t]+(?:(?:{DETERMINERS})[ \t]+){0,2}(?:{ASKED})(?-u:\b)",
                // Whom and what to do through them (`contact our manager to get started`,
                // `message me to buy`).
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:{WHOM_OR_ROLE})[ \t]+to[ \t]+(?:get[ \t]+started|start|open|buy|sell|order|join|trade|invest|sign[ \t]+up|register)(?-u:\b)",
                // Booking what is asked for (`book a free consultation`, `request a quote`).
                r"(?-u:\b)(?:book|schedule|request|arrange)[ \t]+(?:(?:{DETERMINERS})[ \t]+){0,2}(?:{ASKED})(?-u:\b)",
                r"(?m)(?-u:\b)ask[ \t]+(?:me|us)[ \t]+how[ \t]*(?:[.!]|$|[\x{2190}-\x{2BFF}\x{1F000}-\x{1FAFF}])",
                // A contact verb and whom, ending its clause (`contact them.`, `dm me now 👇`).
                r"(?m)(?-u:\b)(?:{VERBS})[ \t]+(?:me|us|him|her|them|(?:our|my)[ \t]+(?:{ROLES}))(?:[ \t]+(?:{ADVERBS}))?[ \t]*(?:[.!]|$|[\x{2190}-\x{2BFF}\x{1F000}-\x{1FAFF}])",
                // Whom, and the channel to write on (`reach him on telegram`, `contact her via
                // email`, `reach out to them through his`; not `reach them on monday`), or whom
                // said to be reachable (`he can be contacted via`).
                r"(?-u:\b)(?:{VERBS}|reach)[ \t]+(?:to[ \t]+)?(?:me|us|him|her|them)[ \t]+(?:(?:{ADVERBS})[ \t]+)?(?:on|via|through)[ \t]+(?:(?:telegram|whatsapp|signal|email|e-mail|mail|gmail|phone|instagram|ig|facebook|fb|twitter|x|discord|wechat|line|snapchat|tiktok|his|her|their)(?-u:\b)|the[ \t]+(?:email|number|link|handle|address)(?-u:\b)|[<@+(])",
                r"(?-u:\b)(?:he|she|they|i|we)[ \t]+(?:can|could|may|will)[ \t]+(?:(?:easily|also|only)[ \t]+)?be[ \t]+(?:contacted|reached)(?-u:\b)",
                // A verb of writing to someone, maybe `to`, one to three words of a name, then a
                // provider of the recovery trade (`reach out to cyber recovery pro`, `contact
                // wizard web recovery team`): the one to write to, named. Not `call`
                // (`they call themselves a recovery agency`).
                r"(?-u:\b)(?:{PROVIDER_VERBS})[ \t]+(?:to[ \t]+)?(?:[a-z0-9]+[ \t]+){1,3}?(?:{PROVIDERS})(?-u:\b)",
                // A keyword to answer with, in quotes, then below, and, or what it gets
                // (`comment "info" and i'll send you the details`, `type 'btc' below`): the
                // bait that starts the private conversation.
                r#"(?-u:\b)(?:{BAIT_VERBS})[ \t]+(?:the[ \t]+word[ \t]+)?["'“‘«][^"'“”‘’«»\n]{1,20}["'”’»][ \t]*(?:below|here|in[ \t]+the[ \t]+comments?|to[ \t]+me)?[ \t]*,?[ \t]*(?:and|&|to[ \t]+get|for|if)(?-u:\b)"#,
                // In Chinese: a verb of getting in touch and whom (`联系客服`, `私聊我`), an ask
                // that says it alone (`欢迎洽谈`, `价格私聊`), or the interested reader and what
                // to do (`有意者加群`, `需要的私信我`).
                r"(?:{ZH_VERBS})(?:{ZH_WHOM})",
                r"(?:{ZH_PHRASES})",
                r"(?:{ZH_INTERESTED})[^.!?。！？\n]{0,4}?(?:{ZH_INTERESTED_ACTS})",
                // A slogan sending the reader to a named service (`理财就来爱糯米`); not a
                // deal that has come (`交易就来了`), nor a bank (`理财就来银行`, `…正规银行`).
                r"(?:{ZH_SLOGAN_ACTS})[，,]?就(?:来|上)[^了过去啊吧呢吗的银正，。！？、,.!?\s]",
            ]
            .join("|"),
            &[
                ("VERBS", ph(&words.ask_verbs)),
                // Whom, or a role after `our`, `my` or `the` (`our manager`, `the admin`).
                (
                    "WHOM_OR_ROLE",
                    format!("{}|(?:our|my|the)[ \t]+(?:{})", ph(&words.ask_whom), ph(&words.ask_roles)),
                ),
                ("ROLES", ph(&words.ask_roles)),
                ("ADVERBS", ph(&words.ask_adverbs)),
                ("DETERMINERS", ph(&words.ask_determiners)),
                ("ASKED", ph(&words.ask_asked)),
                ("PROVIDERS", ph(&words.recovery_providers)),
                ("PROVIDER_VERBS", ph(&words.ask_provider_verbs)),
                ("BAIT_VERBS", ph(&words.ask_bait_verbs)),
                ("ZH_VERBS", alt(&words.ask_zh_verbs)),
                ("ZH_WHOM", alt(&words.ask_zh_whom)),
                ("ZH_PHRASES", alt(&words.ask_zh_phrases)),
                ("ZH_INTERESTED", alt(&words.ask_zh_interested)),
                ("ZH_INTERESTED_ACTS", alt(&words.ask_zh_interested_acts)),
                ("ZH_SLOGAN_ACTS", alt(&words.ask_zh_slogan_acts)),
            ],
        ));
        // A way around blocks or checks: a stand-in way in (`mirror site`, `备用地址`), a block
        // in the reader's country, or no VPN or KYC needed.
        let access_tip = build(&fill(
            &[
                r"(?-u:\b)(?:{ADJECTIVES})[ \t-]+(?:{NOUNS})(?-u:\b)",
                r"(?-u:\b)(?:blocked|banned|restricted|unavailable|not[ \t]+available|geo-?blocked)[ \t]+in[ \t]+your[ \t]+(?:country|region|area)(?-u:\b)",
                r"(?-u:\b)(?:no|without|zero)[ \t]+(?:vpn|kyc|registration|sign-?up|verification|id[ \t]+(?:check|checks|required|needed))(?-u:\b)",
                r"(?:{ZH_ADJECTIVES})的?(?:{ZH_NOUNS})",
                // `梯子` and `科学上网` are the everyday names of a VPN; a site `被墙` is blocked.
                r"(?:免|无需|不用|不需要|无须)(?:翻墙|vpn|kyc|实名|梯子|科学上网)",
                r"(?:主站|官网|网站|域名|主域名)(?:被墙|被封|被屏蔽|打不开|进不去)",
            ]
            .join("|"),
            &[
                ("ADJECTIVES", ph(&words.access_adjectives)),
                ("NOUNS", ph(&words.access_nouns)),
                ("ZH_ADJECTIVES", alt(&words.access_zh_adjectives)),
                ("ZH_NOUNS", alt(&words.access_zh_nouns)),
            ],
        ));
        // The author picks a venue: a pick before it, up to two words between (`best bitcoin
        // exchange`); a venue, maybe `that`/`which`, `i`/`we` (maybe `'ve been`, `have been`,
        // `am`, `'m`), up to two adverbs, then a verb of use (`the exchange i use`, `the app
        // we've been trading on`); `i`/`we`, maybe an adverb, a verb of use, then `this`/`that`
        // and `one` or a venue (`i use this one`). In Chinese, 我, up to two words of habit,
        // maybe 在, 用/使用, 的 and up to three characters before a venue (`我一直用的交易所`,
        // `我在用的币圈平台`), or a pick, maybe 的, before one (`最靠谱的平台`).
        let venue_pick = build(&fill(
            &[
                r"(?-u:\b)(?:{PICKS})[ \t]+(?:[a-z0-9$'-]+[ \t]+){0,2}?(?:{PLACES})s?(?-u:\b)",
                r"(?-u:\b)(?:{PLACES})s?[ \t]+(?:(?:that|which)[ \t]+)?(?:i|we)(?:'ve[ \t]+been|[ \t]+have[ \t]+been|'m|[ \t]+am)?[ \t]+(?:(?:always|only|personally|still|mainly|mostly|now|just)[ \t]+){0,2}(?:{USED})(?-u:\b)",
                r"(?-u:\b)(?:i|we)[ \t]+(?:(?:always|only|personally|still|mainly|mostly|now|just)[ \t]+){0,2}(?:{USED})[ \t]+(?:this|that)[ \t]+(?:one|(?:{PLACES}))(?-u:\b)",
                r"我(?:一直|平时|自己|常|都|现在|目前|长期){0,2}在?(?:用|使用)的[一-鿿]{0,3}?(?:{ZH_PLACES})",
                r"(?:{ZH_PICKS})的?(?:{ZH_PLACES})",
            ]
            .join("|"),
            &[
                ("PICKS", ph(&words.venue_picks)),
                ("PLACES", ph(&words.venue_places)),
                ("USED", ph(&words.venue_used)),
                ("ZH_PICKS", alt(&words.venue_zh_picks)),
                ("ZH_PLACES", alt(&words.venue_zh_places)),
            ],
        ));
        // The reader asked for a wallet address: a verb, then `your` and maybe a chain before
        // a wallet or address, or a wallet, or a chain's address (`drop your wallet`, `post
        // sol address`; `leave the address` is no such ask); in Chinese a verb, maybe 你的, then 钱包, a
        // 收款地址 or a chain's 地址 (`留下钱包地址`; a bare 地址 may be a postal one).
        let wallet_ask = build(&fill(
            &[
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:(?:your|ur)[ \t]+(?:(?:{CHAINS})[ \t]+)?(?:wallet[ \t]+address|wallets?|address|addy)|(?:the[ \t]+)?(?:(?:{CHAINS})[ \t]+)?(?:wallet[ \t]+address|wallets?)|(?:{CHAINS})[ \t]+(?:address|addy))(?-u:\b)",
                r"(?:{ZH_VERBS})(?:你的|您的|下)?(?:钱包地址|钱包|收款地址|(?:{CHAINS})[ \t]?地址)",
            ]
            .join("|"),
            &[
                ("VERBS", ph(&words.wallet_verbs)),
                ("CHAINS", ph(&words.wallet_chains)),
                ("ZH_VERBS", alt(&words.wallet_zh_verbs)),
            ],
        ));
        // The reader asked for a wallet's keys: a verb, maybe `your` or `the`, up to three
        // qualifiers or a count of words (`12-word`, `24 word`), then a key (`enter your
        // 12-word secret recovery phrase`); or `your` or `the` and a seed phrase's count of
        // words, maybe with a word for it (`enter your 12 word phrase`, `paste your 24
        // words`); in Chinese a verb, maybe 你的 and 钱包, then a key.
        // Or the wallet itself, authorized or synced (`authorize your trust wallet`,
        // `授权一下你的钱包`): a drainer's ask.
        let key_ask = build(&fill(
            &[
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:(?:your|ur|the|my)[ \t]+)?(?:(?:{QUALIFIERS}|(?:[0-9]{1,2}[ \t]*(?:or|/|,)[ \t]*)?[0-9]{1,2}[ \t-]?words?)[ \t]+){0,3}(?:{KEYS})(?-u:\b)",
                r"(?-u:\b)(?:{VERBS})[ \t]+(?:(?:with|using)[ \t]+)?(?:your|ur|the|my)[ \t]+(?:(?:{QUALIFIERS})[ \t]+){0,2}(?:(?:12|18|24|twelve|eighteen|twenty-four)[ \t]*(?:or|/|,)[ \t]*)?(?:12|18|24|twelve|eighteen|twenty-four)[ \t-]?words?(?:[ \t]+(?:{COUNTED}))?(?-u:\b)",
                r"(?:{ZH_VERBS})(?:你的|您的)?(?:钱包)?的?(?:{ZH_KEYS})",
                r"(?-u:\b)(?:{APPROVE})[ \t]+(?:(?:your|ur)[ \t]+)?(?:[a-z0-9]+[ \t]+)?wallets?(?-u:\b)",
                r"(?:{ZH_APPROVE})(?:一下|下)?(?:你的|您的)?钱包",
            ]
            .join("|"),
            &[
                ("VERBS", ph(&words.key_verbs)),
                ("QUALIFIERS", ph(&words.key_qualifiers)),
                ("KEYS", ph(&words.key_keys)),
                ("COUNTED", ph(&words.key_counted)),
                ("ZH_VERBS", alt(&words.key_zh_verbs)),
                ("ZH_KEYS", alt(&words.key_zh_keys)),
                ("APPROVE", ph(&words.key_approve_verbs)),
                ("ZH_APPROVE", alt(&words.key_zh_approve_verbs)),
            ],
        ));
        // `i pay above market`, `we buy usdt 2% over the market rate`, `selling below market`;
        // `低于市价2%收`, `收价高于市价`. Up to two words (a coin, an amount) between the verb
        // and the side; an amount or `a little`, `a bit` before the side. Or a dealer's clause
        // that opens with the verb and an amount of stablecoin (`出 5000u 7.18 走`): 收u and
        // 出u with the amount between. Or the two sides of a dealer's board, each with its
        // price (`buy 7.79 sell 7.83`, `买入 7.21 ｜ 卖出 7.26`).
        let market_quote = build(&fill(
            &[
                r"(?-u:\b)(?:(?:{WHO})[ \t]+(?:{VERBS})|(?:(?m:^)|[,.;:!?\n][ \t]*)(?:{GERUNDS}))(?-u:\b)(?:[ \t]+[a-z0-9$.,]+){0,2}?[ \t]+(?:(?:a[ \t]+)?(?:little|bit|{NUM}[ \t]?%|premium)[ \t]+)?(?:{SIDES})[ \t]+(?:the[ \t]+)?market(?-u:\b)",
                r"(?:{ZH_SIDES})(?:{NUM}[ \t]?%?|[一二三四五六七八九十两几]个?点)?(?:的价格|的价|价格|价)?(?:{ZH_VERBS})",
                r"(?:{ZH_VERBS})价?(?:{ZH_SIDES})",
                // A price set off a reference price (`按 okx 实时价下浮 1%`, `以现货价加 2 个点`):
                // whoever names the reference, the dealer prices trades against it. The
                // reference is a name in letters and a word of `ZH_WHEN` at most, not any run of
                // characters: `按` and `以` are common, and a wide bounded gap after them costs
                // the lazy DFA new states on every Chinese text.
                r"(?:{ZH_BASES})[ \t]*(?:[a-z][a-z0-9]{1,11}[ \t]*)?(?:{ZH_WHEN})?(?:价格|价|汇率)(?:{ZH_MOVES})[ \t]*(?:{NUM}[ \t]?%|[一二三四五六七八九十两几]个?点)",
                // Or higher or lower than a market's price by an amount (`价格比盘口高0.08`).
                r"比(?:{ZH_REFS})(?:的)?(?:价格|价)?(?:高出|低出|高|低)[ \t]*{NUM}",
                // The clause start before the verb is checked where the matches are read: a
                // class of its own here would start a match at every space and comma.
                r"(?P<opens>(?:{ZH_VERBS})[ \t]*{NUM}[ \t]*(?:usdt|usdc|u)(?-u:\b))",
                r"(?:{BIDS})[ \t]*[:@]?[ \t]*{NUM}[^\n]{0,16}?(?:{ASKS})[ \t]*[:@]?[ \t]*{NUM}",
                // The board with each side after its price (`67,450 bid / 67,720 ask`).
                r"{NUM}[ \t]*(?:{BIDS})(?-u:\b)[^\n]{0,16}?{NUM}[ \t]*(?:{ASKS})(?-u:\b)",
            ]
            .join("|"),
            &[
                ("WHO", ph(&words.quote_who)),
                ("VERBS", ph(&words.quote_verbs)),
                ("GERUNDS", ph(&words.quote_gerunds)),
                ("SIDES", ph(&words.quote_sides)),
                ("ZH_SIDES", alt(&words.quote_zh_sides)),
                ("ZH_VERBS", alt(&words.quote_zh_verbs)),
                ("ZH_BASES", alt(&words.quote_zh_bases)),
                ("ZH_MOVES", alt(&words.quote_zh_moves)),
                ("ZH_REFS", alt(&words.quote_zh_refs)),
                ("ZH_WHEN", alt(&words.quote_zh_when)),
                ("BIDS", ph(&words.quote_bids)),
                ("ASKS", ph(&words.quote_asks)),
            ],
        ));
        // `free trading alerts`, `daily crypto signals`, `vip futures calls`: up to two words of
        // the offer, a domain, a kind.
        let signal_offer = build(&fill(
            r"(?-u:\b)(?:(?:{OFFER})[ \t]+){0,2}(?:{DOMAINS})[ \t]+(?:{KINDS})(?-u:\b)",
            &[
                ("OFFER", ph(&words.signal_offer_words)),
                ("DOMAINS", ph(&words.signal_domains)),
                ("KINDS", ph(&words.signal_kinds)),
            ],
        ));
        let rate_offer = build(&fill(
            &[
                r"(?-u:\b)(?:(?:{VERBS})[ \t]+(?:up[ \t]+to[ \t]+|an?[ \t]+|over[ \t]+)?{NUM}[ \t]?%(?:[ \t]+(?:(?:{MODIFIERS})[ \t]+)?(?:{PERIODS}))?|{NUM}[ \t]?%[ \t]*(?:{NAMES})|(?:{MODIFIERS})[ \t]+{NUM}[ \t]?%[ \t]*(?:{PERIODS}))(?-u:\b)",
                // A stake and what it pays, as amounts (`invest 100 usdt and receive 5 usdt`,
                // `deposit $500, get $40`): the deposit scheme's offer, in its own terms.
                r"|(?-u:\b)(?:invest|deposit|stake|put[ \t]+in)[ \t]+[$€£]?[0-9][0-9.,]*[ \t]*(?:k|m)?[ \t]*(?:[a-z]{1,8}[ \t]+){0,2}?(?:,[ \t]*)?(?:and[ \t]+|then[ \t]+|to[ \t]+)?(?:{VERBS})[ \t]+[$€£]?[0-9]",
            ]
            .concat(),
            &[
                ("VERBS", ph(&words.rate_verbs)),
                ("MODIFIERS", ph(&words.rate_modifiers)),
                ("PERIODS", ph(&words.rate_periods)),
                ("NAMES", ph(&words.rate_names)),
            ],
        ));
        let fiat_rail = build(&fill(
            &[
                r"(?-u:\b)(?:{COINS})[ \t]*(?:to|for|into|->|→|=>|<->|⇄)[ \t]*(?:{RAILS})(?-u:\b)",
                r"(?-u:\b)(?:{RAILS})(?:[ \t]+(?:balance|funds|money))?[ \t]*(?:to|into|->|→|=>)[ \t]*(?:{COINS})(?-u:\b)",
                // One coin changed for another, told to the reader (`exchange btc to usdt`,
                // `swap your 2 eth for usdc`): crypto for crypto is a trade too.
                r"(?-u:\b)(?:exchange|swap|convert|change|trade)[ \t]+(?:your[ \t]+)?(?:[0-9][0-9.,]*[ \t]*)?(?:{COINS})[ \t]+(?:to|for|into)[ \t]+(?:{COINS})(?-u:\b)",
                r"(?:(?-u:\b)u|{ZH_COINS})[^,。!?\n]{0,4}?(?:{ZH_VERBS})(?:{ZH_RAILS})",
                r"(?-u:\b)(?:{ASKS})[ \t]+(?:(?:some|any|cheap|more)[ \t]+)?(?:{COINS})(?-u:\b)",
                // A quote: an amount of a coin at a price (`5k usdt at 1.02`, `10k u @ 7.2`).
                r"(?-u:\b)[0-9]+(?:[.,][0-9]+)*[ \t]?(?:k|m|w|万)?[ \t]*(?:{COINS}|u)[ \t]+(?:at|@)[ \t]*[$¥￥]?[0-9]+(?:[.,][0-9]+)*",
            ]
            .join("|"),
            &[
                ("COINS", ph(&words.rail_coins)),
                ("RAILS", ph(&words.rail_rails)),
                ("ZH_COINS", alt(&words.rail_zh_coins)),
                ("ZH_VERBS", alt(&words.rail_zh_verbs)),
                ("ZH_RAILS", alt(&words.rail_zh_rails)),
                ("ASKS", ph(&words.rail_asks)),
            ],
        ));
        // A Chinese desk's opener at a clause start (reported as `fiat-rail`): maybe a word of
        // how, a verb of buying or selling, maybe a word of any kind, a coin or `币`
        // (`长期收各种币`, `收USDT`, `高价回收主流币`); not `接收比特币` nor `推出比特币etf`, nor a
        // verb listed after `、`. An opener before `的` is dropped where it is found.
        let fiat_desk = build(&fill(
            r"(?:^|[\s,，。.!！?？;；:：|])(?:{ZH_DESK_ADVERBS}){0,2}(?:{ZH_DESK_VERBS})(?:{ZH_DESK_ANY})?(?:{ZH_COINS}|币)",
            &[
                ("ZH_COINS", alt(&words.rail_zh_coins)),
                ("ZH_DESK_ADVERBS", alt(&words.rail_zh_desk_adverbs)),
                ("ZH_DESK_VERBS", alt(&words.rail_zh_desk_verbs)),
                ("ZH_DESK_ANY", alt(&words.rail_zh_desk_any)),
            ],
        ));
        // The payment a seller takes: a rail, maybe up to two other ways to pay, then a word
        // of taking it (`paypal accepted`, `revolut or wise preferred`); a detection only
        // with a coin before it in its sentence (`selling 2 eth, paypal accepted`), which
        // `find_rail_taken` looks for with `rail_coin`. Two small regexes rather than one
        // alternative of `fiat_rail` with a gap: that one cost 2% of a check's instructions.
        let rail_taken = build(&fill(
            &[
                r"(?-u:\b)(?:{RAILS})(?:[ \t]*(?:or|and|/|,)[ \t]*[a-z]+){0,2}[ \t]+(?:{TERMS})(?-u:\b)",
                // Or the way the seller takes or the buyer pays, named before the rail, maybe
                // with a currency or another rail between (`i accept wise or revolut`,
                // `paying inr via upi`).
                r"(?-u:\b)(?:accept|accepting|paying|pay[ \t]+(?:with|by|via)|payment[ \t]+(?:by|via|through))(?:[ \t]+[a-z]{2,8}){0,2}?[ \t]+(?:{RAILS})(?-u:\b)",
            ]
            .join("|"),
            &[("RAILS", ph(&words.rail_rails)), ("TERMS", ph(&words.rail_terms))],
        ));
        let rail_coin = build(&fill(r"(?-u:\b)(?:{COINS})(?-u:\b)", &[("COINS", ph(&words.rail_coins))]));
        // Crypto taken as payment: who, maybe `now` or `also`, `accept` and a coin (`we now
        // accept usdt`); `now accepting` and a coin; at a clause start `accept`/`accepting`, a
        // coin, then `payments` or `as payment` (`accept crypto payments in your store`; not
        // `shops must accept btc payments`); a coin, `payment(s)`, then `accepted` or
        // `welcome`; at a clause start `pay with` and a coin (`pay with usdt and get 10%
        // off`); in Chinese a verb of taking, a coin, a word of paying (`支持USDT支付`).
        let crypto_payment = build(&fill(
            &[
                r"(?-u:\b)(?:{WHO})[ \t]+(?:(?:now|also|gladly|happily|only)[ \t]+)?accepts?[ \t]+(?:payments?[ \t]+in[ \t]+)?(?:{COINS})(?-u:\b)",
                r"(?-u:\b)(?:we're|we[ \t]+are|now|also)[ \t]+accepting[ \t]+(?:payments?[ \t]+in[ \t]+)?(?:{COINS})(?-u:\b)",
                r"(?m)(?:^|[.!?;:|>•…–—-])[ \t]*(?:now[ \t]+)?accept(?:ing)?[ \t]+(?:{COINS})[ \t]+(?:payments?|as[ \t]+(?:a[ \t]+)?payment|at[ \t]+checkout)(?-u:\b)",
                r"(?-u:\b)(?:{COINS})[ \t]+payments?[ \t]+(?:are[ \t]+|is[ \t]+)?(?:accepted|welcome)(?-u:\b)",
                r"(?m)(?:^|[.!?;:|>•…–—-])[ \t]*pay[ \t]+(?:with|in|using|via)[ \t]+(?:{COINS})(?-u:\b)",
                // The coin among the ways to pay (`pay alipay or usdt`, `payment: paypal / usdt`).
                r"(?m)(?:^|[.!?;:|>•…–—,-])[ \t]*pay(?:ment)?[ \t]*(?::[ \t]*)?(?:(?:with|in|using|via|by)[ \t]+)?(?:[a-z]+[ \t]*(?:or|/|,)[ \t]*){1,2}(?:{COINS})(?-u:\b)",
                // Stakes placed in a coin (`bet with $btc via`, `play with usdt`): a casino's
                // or bookmaker's way to pay, offered.
                r"(?-u:\b)(?:bet|wager|gamble)[ \t]+(?:with|in|using)[ \t]+\$?(?:{COINS})(?-u:\b)",
                r"(?:{ZH_VERBS})[ \t]*(?:{ZH_COINS})[ \t]*(?:{ZH_PAYS})",
                // A price in a coin for a period or a use (`120 usdt/month`, `0.05 eth lifetime`).
                r"(?-u:\b){NUM}[ \t]*(?:{COINS})[ \t]*(?:(?:/|per[ \t])[ \t]*(?:{PERIODS})|for[ \t]+life|lifetime)(?-u:\b)",
                r"{NUM}[ \t]*(?:{ZH_COINS})[ \t]*(?:/|每)[ \t]*(?:{ZH_PERIODS})|(?:{ZH_FEES})[ \t]*[:：]?[ \t]*{NUM}[ \t]*(?:{ZH_COINS})",
            ]
            .join("|"),
            &[
                ("WHO", ph(&words.pay_who)),
                ("COINS", ph(&words.pay_coins)),
                ("ZH_VERBS", alt(&words.pay_zh_verbs)),
                ("ZH_COINS", alt(&words.pay_zh_coins)),
                ("ZH_PAYS", alt(&words.pay_zh_pays)),
                ("PERIODS", ph(&words.pay_periods)),
                ("ZH_PERIODS", alt(&words.pay_zh_periods)),
                ("ZH_FEES", alt(&words.pay_zh_fees)),
            ],
        ));
        // Up to four symbols (an emoji's remains, `🚨`) may come before the tag on its line.
        let news_tag = build(&fill(r"(?m)^[^a-z0-9\n]{0,4}(?:{TAGS})[ \t]*:", &[("TAGS", ph(&words.news_tags))]));
        // A surname and `某` or `某某` at a clause's start, after `的` or after a role.
        let anonymized_name = build(&fill(
            r"(?:^|[\s，。；：！？、“”（）,.;:!?()\x22]|的|(?:{ROLES}))(?P<n>(?:{SURNAMES})某某?)",
            &[("ROLES", alt(&words.anon_roles)), ("SURNAMES", alt(&words.anon_surnames))],
        ));
        let sale_offer = build(&fill(
            r"(?-u:\b)(?:{OFFERS})(?-u:\b)|(?:{ZH_OFFERS})",
            &[("OFFERS", ph(&words.sale_offers)), ("ZH_OFFERS", alt(&words.sale_zh_offers))],
        ));
        // `floor is 0.31`, `floor price: 1.2 eth`, `floor 0.8 sol`; `地板 0.42e`, `地板价9折`. A
        // price with a decimal point or a coin unit: a building's `floor 3` has neither.
        let floor_price = build(&fill(
            &[
                r"(?-u:\b)(?:{FLOOR})(?:[ \t]*(?:{LINKS})|[ \t]+[a-z]{2,10}){0,3}[ \t]*[~≈]?[ \t]*(?:[0-9]*\.[0-9]+(?:[ \t]*(?:{UNITS})(?-u:\b))?|{NUM}[ \t]*(?:{UNITS})(?-u:\b))",
                r"(?:{ZH_FLOOR})[ \t]*(?:[是在为约:=]|[\x{4e00}-\x{9fff}]{1,3})?[ \t]*[~≈]?[ \t]*(?:[0-9]*\.[0-9]+(?:[ \t]*(?:{UNITS})(?-u:\b))?|{NUM}[ \t]*(?:(?:{UNITS})(?-u:\b)|折))",
                // A price said against the floor (`paying 0.5e over floor`, `0.02 below the
                // floor`; `比地板低一点`): only a collection's floor is a price to beat.
                r"(?-u:\b)(?:[0-9]*\.[0-9]+(?:[ \t]*(?:{UNITS}))?|{NUM}[ \t]*(?:{UNITS}))[ \t]+(?:over|above|under|below)[ \t]+(?:the[ \t]+)?(?:floor|fp)(?-u:\b)",
                r"比(?:{ZH_FLOOR})(?:还|略|稍)?(?:低|高|便宜|贵)",
                // A named collection's floor swept (`扫「某某」地板`): the name in quotes, so that
                // a kitchen floor swept (`扫一下厨房的地板`) is no collection.
                r#"扫[^,，。!?\n]{0,3}?[「《“"][^」》”"\n]{1,12}[」》”"](?:的)?(?:{ZH_FLOOR})"#,
            ]
            .join("|"),
            &[
                ("FLOOR", ph(&words.floor_words)),
                ("LINKS", ph(&words.floor_links)),
                ("UNITS", ph(&words.floor_units)),
                ("ZH_FLOOR", alt(&words.floor_zh_words)),
            ],
        ));
        // `wallets must be re-validated to avoid temporary suspension`, `wallet users must
        // upgrade … or assets will be frozen`; `钱包…否则资产将在24小时内冻结`.
        let wallet_threat = build(&fill(
            &[
                r"(?-u:\b)(?:{SUBJECTS})(?-u:\b)[^.!?\n]{0,60}?(?:(?-u:\b)(?:will|may|might|could|would|shall)[ \t]+(?:be[ \t]+|get[ \t]+)?(?:permanently[ \t]+|temporarily[ \t]+)?(?:{LOSSES})|(?-u:\b)(?:avoid|prevent|result[ \t]+in)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:temporary[ \t]+|permanent[ \t]+)?(?:{NOUNS}))(?-u:\b)",
                r"(?:{ZH_SUBJECTS})[^。!?\n]{0,60}?(?:将|会|即将|可能)[^。,!?\n]{0,10}?(?:{ZH_LOSSES})",
            ]
            .join("|"),
            &[
                ("SUBJECTS", ph(&words.threat_subjects)),
                ("LOSSES", ph(&words.threat_losses)),
                ("NOUNS", ph(&words.threat_loss_nouns)),
                ("ZH_SUBJECTS", alt(&words.threat_zh_subjects)),
                ("ZH_LOSSES", alt(&words.threat_zh_losses)),
            ],
        ));
        // A keyword to send back, in quotes or brackets, for something (`dm me 'alpha' for an
        // invite`, `留言“上车”拉你进群`); after `后台回复` it needs no more (`后台回复「vtx」`).
        let keyword_reply = build(&fill(
            &[
                r#"(?-u:\b)(?:{VERBS})[ \t]*[:]?[ \t]*["'“‘「『【\[(][ \t]*[a-z0-9#]{2,16}[ \t]*["'”’」』】\])][^.!?\n]{0,20}?(?-u:\b)(?:for|to[ \t]+get|to[ \t]+join|to[ \t]+receive|and[ \t]+(?:i|we)(?:'ll|[ \t]+will))(?-u:\b)"#,
                r#"后台回复(?:关键词|关键字|数字|暗号)?[ \t]*[:]?[ \t]*["'“‘「『【\[(][ \t]*[a-z0-9#\x{4e00}-\x{9fff}]{1,12}[ \t]*["'”’」』】\])]"#,
                r#"(?:{ZH_VERBS})(?:关键词|关键字|数字|暗号)?[ \t]*[:]?[ \t]*["'“‘「『【\[(][ \t]*[a-z0-9#\x{4e00}-\x{9fff}]{1,12}[ \t]*["'”’」』】\])][^。!?\n]{0,6}?(?:{ZH_GETS})"#,
            ]
            .join("|"),
            &[
                ("VERBS", ph(&words.reply_verbs)),
                ("ZH_VERBS", alt(&words.reply_zh_verbs)),
                ("ZH_GETS", alt(&words.reply_zh_gets)),
            ],
        ));
        // A condition of holding or staking, with a number, then what it opens (`持有平台币≥500
        // 即可参与`, `持有满 7 天即可上架交易`); in English holding or staking something to take
        // part (`stake pool to qualify`, `hold 1,000 $abc to be eligible for the presale`).
        let eligibility = build(&fill(
            &[
                r"(?:{ZH_HOLDS})[^。!?\n]{0,10}?[0-9][^。!?,\n]{0,8}?(?:{ZH_THEN})[ \t]*(?:{ZH_GETS})",
                r"(?-u:\b)(?:{HOLDS})[ \t]+(?:[$\w.,]+[ \t]+){0,4}?to[ \t]+(?:{GETS})(?-u:\b)",
            ]
            .join("|"),
            &[
                ("ZH_HOLDS", alt(&words.eligibility_zh_holds)),
                ("ZH_THEN", alt(&words.eligibility_zh_then)),
                ("ZH_GETS", alt(&words.eligibility_zh_gets)),
                ("HOLDS", ph(&words.eligibility_holds)),
                ("GETS", ph(&words.eligibility_gets)),
            ],
        ));
        // A fee of a kind only a scam charges, in a coin, before or after `fee` (`0.05 btc
        // verification fee`, `unlock fee of 200 usdt`), or paid (`pay the release fee`); in
        // Chinese such a fee before what it releases (`缴纳解冻费后即可提现`), or the release
        // that needs a payment first (`提现需先缴纳20%保证金`).
        let advance_fee = build(&fill(
            &[
                r"(?-u:\b){NUM}[ \t]*(?:{COINS})[ \t]+(?:{KINDS})[ \t]+(?:fee|tax|deposit)(?-u:\b)",
                r"(?-u:\b)(?:{KINDS})[ \t]+(?:fee|tax|deposit)[ \t]+of[ \t]+\$?{NUM}[ \t]*(?:(?:{COINS})(?-u:\b)|%)",
                r"(?-u:\b)(?:pay|send|deposit|cover)[ \t]+(?:a|an|the|your|this)?[ \t]*(?:small[ \t]+)?(?:{KINDS})[ \t]+(?:fee|tax|deposit)(?-u:\b)",
                r"(?:{ZH_FEES})[^。!?\n]{0,12}?(?:{ZH_THEN})(?:{ZH_RELEASES})",
                r"(?:{ZH_RELEASES})[^。!?\n]{0,8}?(?:需|需要|须|必须)(?:先)?(?:{ZH_PAYS})",
                // Funds to be moved to another account to be checked (`将账户资产转入安全账户核查`):
                // the demand of a scam posing as a platform's or the police's checks.
                r"(?:{ZH_HOLDINGS})[^。!?\n]{0,4}?(?:转入|转到|转至|转移到|转移至)[^。!?\n]{0,8}?(?:账户|钱包|地址)[^。!?\n]{0,6}?(?:{ZH_CHECKS})",
            ]
            .join("|"),
            &[
                ("COINS", ph(&words.fee_coins)),
                ("KINDS", ph(&words.fee_kinds)),
                ("ZH_FEES", alt(&words.fee_zh_fees)),
                ("ZH_THEN", alt(&words.fee_zh_then)),
                ("ZH_RELEASES", alt(&words.fee_zh_releases)),
                ("ZH_PAYS", alt(&words.fee_zh_pays)),
                ("ZH_HOLDINGS", alt(&words.fee_zh_holdings)),
                ("ZH_CHECKS", alt(&words.fee_zh_checks)),
            ],
        ));
        let attribution = build(&fill(
            r"(?:^|[\s，。；：！？、“”（）,.;:!?()])(?P<a>(?:根据|依据|据)[^\s，。；：！？,.;:!?]{0,8}?(?:{SOURCES}))",
            &[("SOURCES", alt(&words.attribution_sources))],
        ));
        let token_sheet = build(&fill(r"(?-u:\b)(?:{FIELDS})(?-u:\b)", &[("FIELDS", ph(&words.token_sheet_fields))]));
        let mut detectors = Detectors {
            gate: Gate::new(Vec::new()),
            words: words.clone(),
            coin_min_run,
            tg_ascii,
            testimonial_needles,
            leverage_scales: words.leverage_scales.clone(),
            doubling_needles,
            call_to_action,
            instruction,
            own_service,
            group_invite,
            referral,
            contact_ask,
            access_tip,
            wallet_ask,
            key_ask,
            rate_offer,
            market_quote,
            signal_offer,
            fiat_rail,
            crypto_payment,
            news_tag,
            anonymized_name,
            sale_offer,
            floor_price,
            wallet_threat,
            keyword_reply,
            eligibility,
            advance_fee,
            attribution,
            token_sheet,
            venue_pick,
            rail_taken,
            rail_coin,
            fiat_desk,
            referral_terms,
            referral_zh,
            offer_open,
            offer_open_zh,
            prohibition,
            recovery,
            testimonial,
            gain_testimonial,
            email,
            email_spelled,
            url_spelled,
            contact_handle,
            group_call,
            signal_result,
            signup_label,
            group_label,
            coin_en,
            coin_zh,
            invite_path,
            cashtag,
            leverage,
            step,
            trade_level,
            doubling,
            url,
            tg_direct,
            tg_keyword,
            at_handle,
            wechat,
            qq,
            invite,
            invite_param,
            address,
            price,
            percentage,
            promise,
            promise_en_num,
        };
        let patterns = Sieved::ALL.iter().map(|&regex| detectors.sieved(regex).pattern.clone()).collect();
        detectors.gate = Gate::new(patterns);
        detectors
    }

    /// The regex behind a bit of the gate.
    fn sieved(&self, regex: Sieved) -> &Lazy {
        match regex {
            Sieved::Url => &self.url,
            Sieved::TgDirect => &self.tg_direct,
            Sieved::AtHandle => &self.at_handle,
            Sieved::Wechat => &self.wechat,
            Sieved::Qq => &self.qq,
            Sieved::Invite => &self.invite,
            Sieved::InviteParam => &self.invite_param,
            Sieved::InvitePath => &self.invite_path,
            Sieved::Cashtag => &self.cashtag,
            Sieved::Address => &self.address,
            Sieved::Price => &self.price,
            Sieved::Percentage => &self.percentage,
            Sieved::Promise => &self.promise,
            Sieved::PromiseEnNum => &self.promise_en_num,
            Sieved::TradeLevel => &self.trade_level,
            Sieved::Doubling => &self.doubling,
            Sieved::Step => &self.step,
            Sieved::Leverage => &self.leverage,
            Sieved::CoinEn => &self.coin_en,
            Sieved::CoinZh => &self.coin_zh,
            Sieved::Recovery => &self.recovery,
            Sieved::Testimonial => &self.testimonial,
            Sieved::Email => &self.email,
            Sieved::ContactHandle => &self.contact_handle,
            Sieved::GroupCall => &self.group_call,
            Sieved::SignalResult => &self.signal_result,
            Sieved::OfferOpenZh => &self.offer_open_zh,
            Sieved::CallToAction => &self.call_to_action,
            Sieved::Instruction => &self.instruction,
            Sieved::OfferOpen => &self.offer_open,
            Sieved::Prohibition => &self.prohibition,
            Sieved::OwnService => &self.own_service,
            Sieved::GroupInvite => &self.group_invite,
            Sieved::WalletAsk => &self.wallet_ask,
            Sieved::KeyAsk => &self.key_ask,
            Sieved::AccessTip => &self.access_tip,
            Sieved::ContactAsk => &self.contact_ask,
            Sieved::Referral => &self.referral,
            Sieved::RateOffer => &self.rate_offer,
            Sieved::MarketQuote => &self.market_quote,
            Sieved::SignalOffer => &self.signal_offer,
            Sieved::FiatRail => &self.fiat_rail,
            Sieved::CryptoPayment => &self.crypto_payment,
            Sieved::NewsTag => &self.news_tag,
            Sieved::AnonymizedName => &self.anonymized_name,
            Sieved::SaleOffer => &self.sale_offer,
            Sieved::FloorPrice => &self.floor_price,
            Sieved::WalletThreat => &self.wallet_threat,
            Sieved::KeywordReply => &self.keyword_reply,
            Sieved::Eligibility => &self.eligibility,
            Sieved::AdvanceFee => &self.advance_fee,
            Sieved::Attribution => &self.attribution,
            Sieved::TokenSheet => &self.token_sheet,
            Sieved::VenuePick => &self.venue_pick,
            Sieved::RailTaken => &self.rail_taken,
            Sieved::FiatDesk => &self.fiat_desk,
            Sieved::ReferralTerms => &self.referral_terms,
            Sieved::ReferralZh => &self.referral_zh,
            Sieved::GainTestimonial => &self.gain_testimonial,
            Sieved::UrlSpelled => &self.url_spelled,
        }
    }

    /// Amounts of a token written as its ticker in capitals (`150,000 FUSE`): a number (digits,
    /// maybe `,` `.` and a `k`/`m`/`b`), spaces, maybe `worth of` (`$1k worth of XTRA`), then a
    /// word of 2 to 6 Latin letters that
    /// `caps(start, end)` says the author wrote in capitals and that is not one of the pack's
    /// `[ticker-amount] not` words (currencies, units, times). A word of a line in capitals
    /// (`TOP 10 WAYS TO EARN`) is not one: the words on either side, when `caps` says they are
    /// capitals too, make it a heading. `text` is the normalized text; the detections are
    /// appended in order.
    pub fn find_ticker_amounts(&self, text: &str, caps: impl Fn(usize, usize) -> bool, out: &mut Vec<Detection>) {
        let b = text.as_bytes();
        let word_end = |from: usize| from + b[from..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        // An amount ends with a digit, maybe `k`/`m`/`b`, then a space: the digits are found
        // eight bytes at a time, and only a digit before a space is looked at further.
        for last in ascii_digits(b) {
            let num_end = last + 1;
            let sp = match b.get(num_end) {
                Some(b' ') => num_end,
                Some(b'k' | b'm' | b'b') if b.get(num_end + 1) == Some(&b' ') => num_end + 1,
                _ => continue,
            };
            let mut num_start = num_end;
            while num_start > 0
                && (b[num_start - 1].is_ascii_digit()
                    || ((b[num_start - 1] == b',' || b[num_start - 1] == b'.') && b[num_start].is_ascii_digit()))
            {
                num_start -= 1;
            }
            if !b[num_start].is_ascii_digit()
                || (num_start > 0 && (b[num_start - 1].is_ascii_alphanumeric() || b[num_start - 1] == b'.'))
            {
                continue;
            }
            // One or two spaces, maybe `worth of` (`$4 worth of XTRA`), then the word.
            let mut ws = if b.get(sp + 1) == Some(&b' ') { sp + 2 } else { sp + 1 };
            if text[ws..].starts_with("worth of ") {
                ws += "worth of ".len();
            }
            let we = word_end(ws);
            if !(2..=6).contains(&(we - ws))
                || b.get(we).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'\'')
            {
                continue;
            }
            if !caps(ws, we) || self.words.ticker_not.iter().any(|w| w.as_str() == &text[ws..we]) {
                continue;
            }
            // A heading in capitals: the word before the number or after the ticker is in
            // capitals too.
            let before = text[..num_start].trim_end_matches(' ');
            let prev_start = before.len() - before.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
            let ns = we + b[we..].iter().take_while(|&&c| c == b' ').count();
            let ne = word_end(ns);
            if (before.len() - prev_start >= 2 && caps(prev_start, before.len())) || (ne - ns >= 2 && caps(ns, ne)) {
                continue;
            }
            // Amounts cannot overlap: letters end each one, and a number starts after a
            // non-alphanumeric byte.
            push(out, DetectorKind::TickerAmount, num_start, we);
        }
    }

    /// Runs every detector over `text` (already normalized) and appends the detections to
    /// `out`. The appended detections are sorted by start (then longest first), and no two
    /// detections of the same kind overlap. Detections of different kinds may overlap.
    pub fn detect(&self, text: &str, out: &mut Vec<Detection>) {
        let base = out.len();
        if text.is_empty() {
            return;
        }
        let scan = Scan::new(text);
        let may = May(self.gate.matches(text));

        if scan.dot_alpha && may.run(Sieved::Url) {
            self.find_urls(text, out);
        }
        if scan.ellipsis {
            find_cut_links(text, out);
        }
        if scan.non_ascii || self.tg_ascii.iter().any(|k| text.contains(k.as_str())) {
            self.find_telegram(text, &scan, may, out);
        }
        if (scan.non_ascii || scan.digit || scan.max_run >= 6) && may.run(Sieved::Wechat) {
            self.find_wechat(text, out);
        }
        if scan.digit && may.run(Sieved::Qq) {
            for m in self.qq.find_iter(text) {
                push(out, DetectorKind::QqId, m.start(), m.end());
            }
        }
        if scan.max_run >= 4 && may.run(Sieved::Invite) {
            self.find_invites(text, out);
        }
        if scan.eq && may.run(Sieved::InviteParam) {
            for m in self.invite_param.find_iter(text) {
                push(out, DetectorKind::InviteCode, m.start() + 1, m.end());
            }
        }
        if scan.dot_alpha && may.run(Sieved::InvitePath) {
            for c in self.invite_path.captures_iter(text) {
                if let Some(code) = c.name("code") {
                    push(out, DetectorKind::InviteCode, code.start(), code.end());
                }
            }
        }
        if text.contains('$') && may.run(Sieved::Cashtag) {
            for c in self.cashtag.captures_iter(text) {
                if let Some(tag) = c.name("tag") {
                    push(out, DetectorKind::Cashtag, tag.start(), tag.end());
                }
            }
        }
        if scan.max_run >= 25 && may.run(Sieved::Address) {
            self.find_addresses(text, out);
        }
        if scan.digit && may.run(Sieved::Price) {
            for m in self.price.find_iter(text) {
                if price_ok(&self.words.price_not_after_u, text, m.end()) {
                    let kind = if is_stablecoin_amount(&self.words.price_stablecoins, m.as_str()) {
                        DetectorKind::CryptoAmount
                    } else {
                        DetectorKind::Price
                    };
                    push(out, kind, m.start(), m.end());
                }
            }
        }
        if (scan.percent || scan.digit_x || (scan.non_ascii && (text.contains('倍') || text.contains("百分之"))))
            && may.run(Sieved::Percentage)
        {
            for m in self.percentage.find_iter(text) {
                push(out, DetectorKind::Percentage, m.start(), m.end());
            }
        }
        if (scan.non_ascii || scan.max_run >= 4) && may.run(Sieved::Promise) {
            for m in self.promise.find_iter(text) {
                if !points_word(text, m.start(), m.end())
                    && (!unvouched_claim(m.as_str()) || vouched(&self.words.promise_vouchers, text, m.start(), m.end()))
                {
                    push(out, DetectorKind::ReturnPromise, m.start(), m.end());
                }
            }
        }
        if (scan.percent || scan.digit_x) && may.run(Sieved::PromiseEnNum) {
            for m in self.promise_en_num.find_iter(text) {
                push(out, DetectorKind::ReturnPromise, m.start(), m.end());
            }
        }

        if scan.digit {
            if may.run(Sieved::TradeLevel) {
                let first = out.len();
                for m in self.trade_level.find_iter(text) {
                    // An hour is no price (`we sell from 9 am`, `buy at 8:30`).
                    let rest = &text[m.end()..];
                    let after = rest.trim_start_matches([' ', '\t']);
                    let unit = word_after(rest, |c| c.is_ascii_alphanumeric());
                    let hour = matches!(unit, "am" | "pm")
                        || after.strip_prefix(':').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
                    // Nor is a sum of dollar coins (`目标:300u 本金` is a stake).
                    let amount = matches!(unit, "u" | "usdt");
                    if !hour && !amount {
                        push(out, DetectorKind::TradeLevel, m.start(), m.end());
                    }
                }
                if out.len() - first >= 2 {
                    self.trade_calls(text, first, out);
                }
            }
            if may.run(Sieved::Doubling) {
                for m in self.doubling.find_iter(text) {
                    push(out, DetectorKind::Doubling, m.start(), m.end());
                }
            }
        } else if may.run(Sieved::Doubling) && self.doubling_needles.iter().any(|w| text.contains(w.as_str())) {
            for m in self.doubling.find_iter(text) {
                push(out, DetectorKind::Doubling, m.start(), m.end());
            }
        }

        self.find_coin_names(text, &scan, may, out);
        // A prohibition holds one of the pack's needles: skip the search when none is there
        // (a needle that is not ASCII only in a text that is not). The gate is asked first:
        // it has already read the text.
        let may_forbid = may.run(Sieved::Prohibition)
            && self.words.forbid_needles.iter().any(|w| (scan.non_ascii || w.is_ascii()) && text.contains(w.as_str()));
        if may_forbid {
            for c in self.prohibition.captures_iter(text) {
                if let Some(m) = c.name("s") {
                    // The strong forms forbid wherever they stand (a wrapped line joins
                    // clauses), except where an ad urges: 不要错过, 千万别犹豫, 不要再等了
                    // (the pack's `urges`). 不得不 (must) and 不得了 (terrific) are no
                    // prohibitions either.
                    let urges = self.words.forbid_urges.iter().any(|u| m.as_str().ends_with(u.as_str()));
                    // A question asked as X不X (`你要不要一起`, want to or not) forbids nothing:
                    // the character before 不 is the one after it.
                    let question = m
                        .as_str()
                        .strip_prefix('不')
                        .is_some_and(|rest| rest.chars().next().is_some_and(|x| text[..m.start()].ends_with(x)));
                    if !urges && !question {
                        push(out, DetectorKind::Prohibition, m.start(), m.end());
                    }
                } else if let Some(m) = c.name("p").or_else(|| c.name("q")).or_else(|| c.name("n")) {
                    push(out, DetectorKind::Prohibition, m.start(), m.end());
                }
            }
        }
        if scan.non_ascii || scan.max_run >= 4 {
            if may.run(Sieved::Recovery) {
                for m in self.recovery.find_iter(text) {
                    push(out, DetectorKind::RecoveryOffer, m.start(), m.end());
                }
            }
            if may.run(Sieved::Testimonial) && self.testimonial_needles.iter().any(|w| text.contains(w.as_str())) {
                for m in self.testimonial.find_iter(text) {
                    push(out, DetectorKind::RecoveryOffer, m.start(), m.end());
                }
            }
            if may.run(Sieved::GainTestimonial) {
                for m in self.gain_testimonial.find_iter(text) {
                    push(out, DetectorKind::GainTestimonial, m.start(), m.end());
                    // The `@handle` it credits, inside it or after it in its sentence: the
                    // contact the testimonial sells.
                    if let Some((start, end)) = credited_handle(text, m.start(), m.end()) {
                        push(out, DetectorKind::ContactHandle, start, end);
                    }
                }
            }
            if may.run(Sieved::GroupCall) {
                for m in self.group_call.find_iter(text) {
                    push(out, DetectorKind::GroupCall, m.start(), m.end());
                }
            }
            if may.run(Sieved::SignalResult) {
                for m in self.signal_result.find_iter(text) {
                    push(out, DetectorKind::SignalResult, m.start(), m.end());
                }
            }
            if scan.non_ascii && may.run(Sieved::OfferOpenZh) {
                for m in self.offer_open_zh.find_iter(text) {
                    push(out, DetectorKind::OfferOpen, m.start(), m.end());
                }
            }
        }
        if scan.colon && may.run(Sieved::NewsTag) {
            for m in self.news_tag.find_iter(text) {
                // The tag itself, not the symbols before it.
                let start = m.start() + m.as_str().find(|c: char| c.is_ascii_alphanumeric()).unwrap_or(0);
                push(out, DetectorKind::NewsTag, start, m.end());
            }
        }
        // English phrases need a word of two letters; the Chinese ones a non-ASCII byte.
        if (scan.max_run >= 2 || scan.non_ascii) && may.run(Sieved::SaleOffer) {
            for m in self.sale_offer.find_iter(text) {
                push(out, DetectorKind::SaleOffer, m.start(), m.end());
            }
        }
        if scan.digit && may.run(Sieved::FloorPrice) {
            let zh_not_after = &self.words.floor_zh_not_after;
            for m in self.floor_price.find_iter(text) {
                // `地板价 1.2 万`: a price of land or goods, in yuan.
                let next = text[m.end()..].trim_start_matches([' ', '\t']);
                if !m.as_str().is_ascii() && zh_not_after.iter().any(|w| next.starts_with(w.as_str())) {
                    continue;
                }
                push(out, DetectorKind::FloorPrice, m.start(), m.end());
            }
        }
        if (scan.max_run >= 6 || scan.non_ascii) && may.run(Sieved::WalletThreat) {
            for m in self.wallet_threat.find_iter(text) {
                push(out, DetectorKind::WalletThreat, m.start(), m.end());
            }
        }
        if may.run(Sieved::KeywordReply) {
            for m in self.keyword_reply.find_iter(text) {
                push(out, DetectorKind::KeywordReply, m.start(), m.end());
            }
        }
        if may.run(Sieved::AdvanceFee) {
            for m in self.advance_fee.find_iter(text) {
                push(out, DetectorKind::AdvanceFee, m.start(), m.end());
            }
        }
        if may.run(Sieved::Eligibility) {
            for m in self.eligibility.find_iter(text) {
                push(out, DetectorKind::Eligibility, m.start(), m.end());
            }
        }
        if scan.max_run >= 2 && may.run(Sieved::TokenSheet) {
            // A field is known by its last word: `total supply` and `max supply` are one
            // field, as are `buy tax` and `sell tax`.
            fn field(m: regex::Match<'_>) -> (usize, usize, &str) {
                (m.start(), m.end(), m.as_str().rsplit([' ', '\t']).next().unwrap_or_default())
            }
            token_sheets(self.token_sheet.find_iter(text).map(field), out);
        }
        if scan.non_ascii && may.run(Sieved::Attribution) {
            for c in self.attribution.captures_iter(text) {
                if let Some(a) = c.name("a") {
                    push(out, DetectorKind::Attribution, a.start(), a.end());
                }
            }
        }
        if scan.non_ascii && may.run(Sieved::AnonymizedName) {
            for c in self.anonymized_name.captures_iter(text) {
                let Some(n) = c.name("n") else { continue };
                if !n.as_str().ends_with("某某") && followed_by(text, n.end(), &self.words.anon_not_after) {
                    continue;
                }
                push(out, DetectorKind::AnonymizedName, n.start(), n.end());
            }
        }
        // Shapes with English words and a Chinese form.
        if scan.max_run >= 3 || scan.non_ascii {
            for (regex, kind) in [
                (Sieved::AccessTip, DetectorKind::AccessTip),
                (Sieved::VenuePick, DetectorKind::VenuePick),
                (Sieved::WalletAsk, DetectorKind::WalletAsk),
                (Sieved::KeyAsk, DetectorKind::KeyAsk),
                (Sieved::GroupInvite, DetectorKind::GroupInvite),
            ] {
                if may.run(regex) {
                    for m in self.sieved(regex).find_iter(text) {
                        // `加入群众`: the `群` of another word, no group.
                        if kind == DetectorKind::GroupInvite
                            && m.as_str().ends_with('群')
                            && followed_by(text, m.end(), &self.words.invite_zh_not_after)
                        {
                            continue;
                        }
                        push(out, kind, m.start(), m.end());
                    }
                }
            }
        }
        if (scan.max_run >= 2 || scan.non_ascii) && may.run(Sieved::FiatRail) {
            for m in self.fiat_rail.find_iter(text) {
                push(out, DetectorKind::FiatRail, m.start(), m.end());
            }
        }
        if scan.non_ascii && may.run(Sieved::ReferralZh) {
            for m in self.referral_zh.find_iter(text) {
                push(out, DetectorKind::Referral, m.start(), m.end());
            }
        }
        if scan.non_ascii && may.run(Sieved::FiatDesk) {
            for m in self.fiat_desk.find_iter(text) {
                // An opener that modifies a noun (`出售usdt的报价`) describes a desk, it is not one.
                if text[m.end()..].starts_with('的') {
                    continue;
                }
                push(out, DetectorKind::FiatRail, words_start(&m), m.end());
            }
        }
        if scan.max_run >= 2 && may.run(Sieved::RailTaken) {
            self.find_rail_taken(text, out);
        }
        // The author's service, and what the author helps people do with money (in Chinese too:
        // `我已经帮助200多位朋友打理数字资产`); the claims start with `i`/`we`, `i'll`, `let`…
        // or are Chinese.
        if (scan.max_run >= 3 || scan.non_ascii) && may.run(Sieved::OwnService) {
            for m in self.own_service.find_iter(text) {
                let claim = !m.as_str().is_ascii()
                    || matches!(
                        m.as_str().split([' ', '\t']).next(),
                        Some("i" | "we" | "i'll" | "we'll" | "i’ll" | "we’ll" | "i'd" | "let")
                    );
                let kind = if claim { DetectorKind::ServiceClaim } else { DetectorKind::OwnService };
                push(out, kind, m.start(), m.end());
            }
        }
        // In English (a word of three letters at least) or Chinese.
        if (scan.max_run >= 3 || scan.non_ascii) && may.run(Sieved::ContactAsk) {
            for m in self.contact_ask.find_iter(text) {
                // `do not contact them`: a warning, not an ask; `如有侵权请联系我们删除`: a
                // repost's footer, not an ask.
                if !negated(&self.words.forbid_en_negations, &text[..m.start()])
                    && !disclaims(&self.words.ask_zh_disclaimers, text, m.start(), m.end())
                {
                    push(out, DetectorKind::ContactAsk, m.start(), m.end());
                }
            }
        }
        if (scan.max_run >= 3 || scan.non_ascii) && may.run(Sieved::CryptoPayment) {
            for m in self.crypto_payment.find_iter(text) {
                push(out, DetectorKind::CryptoPayment, words_start(&m), m.end());
            }
        }
        if scan.max_run >= 4 && may.run(Sieved::SignalOffer) {
            for m in self.signal_offer.find_iter(text) {
                push(out, DetectorKind::SignalOffer, m.start(), m.end());
            }
        }
        // `market` has six letters; a board of two prices (`buy 7.79 sell 7.83`) has digits.
        if (scan.max_run >= 6 || scan.non_ascii || scan.digit) && may.run(Sieved::MarketQuote) {
            // A dealer's clause opens with its verb (`出 5000u`, not `我出了5000u`).
            let opens_clause = |at: usize| {
                text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|p| matches!(p, ',' | '.' | ';' | ':' | '!' | '?' | '\n' | ' ' | '\t'))
            };
            for c in self.market_quote.captures_iter(text) {
                let Some(m) = c.get(0) else { continue };
                if c.name("opens").is_some_and(|o| !opens_clause(o.start())) {
                    continue;
                }
                push(out, DetectorKind::MarketQuote, words_start(&m), m.end());
            }
        }
        if scan.max_run >= 3 {
            if (scan.percent || scan.digit) && may.run(Sieved::RateOffer) {
                for m in self.rate_offer.find_iter(text) {
                    push(out, DetectorKind::RateOffer, m.start(), m.end());
                }
            }
            if may.run(Sieved::Referral) {
                for m in self.referral.find_iter(text) {
                    push(out, DetectorKind::Referral, m.start(), m.end());
                }
            }
            if may.run(Sieved::ReferralTerms) {
                for m in self.referral_terms.find_iter(text) {
                    push(out, DetectorKind::Referral, m.start(), m.end());
                }
            }
            if may.run(Sieved::OfferOpen) {
                for m in self.offer_open.find_iter(text) {
                    push(out, DetectorKind::OfferOpen, m.start(), m.end());
                }
            }
            let calls =
                if may.run(Sieved::CallToAction) { Some(self.call_to_action.captures_iter(text)) } else { None };
            for c in calls.into_iter().flatten() {
                if let Some(v) = c.name("v").or_else(|| c.name("w")) {
                    let rest = &text[v.end()..];
                    // A verb before a gerund names an activity (`copy trading sounds easy`,
                    // `list pricing`): a noun, not an imperative.
                    let object = word_after(rest, |c| c.is_ascii_alphanumeric());
                    let gerund = object.len() > 4 && object.ends_with("ing");
                    // `long term holder`, `short time`: an adjective, no position taken.
                    let adjective = self.words.cta_not_objects.iter().any(|w| w == object);
                    // A question (`buy bitcoin now?`) asks; it does not call.
                    if !gerund && !adjective && !asks(rest) {
                        push(out, DetectorKind::CallToAction, v.start(), v.end());
                    }
                }
            }
        }
        if scan.max_run >= 3 && may.run(Sieved::Instruction) {
            let mut marked = 0;
            let steps: Vec<_> = (self.instruction.captures_iter(text))
                .filter_map(|c| {
                    marked += usize::from(c.name("l").is_some());
                    c.name("v")
                })
                .collect();
            // Three steps, or two that say their order (`first download a wallet, then buy
            // btc`).
            if steps.len() >= 3 || marked >= 2 {
                for v in steps {
                    push(out, DetectorKind::Instructions, v.start(), v.end());
                }
            }
        }
        if scan.at && may.run(Sieved::Email) {
            for m in self.email.find_iter(text) {
                push(out, DetectorKind::Email, m.start(), m.end());
            }
        }
        if text.contains("at")
            && (text.contains("dot") || text.contains("(at)") || text.contains("[at]") || text.contains("mail"))
        {
            for m in self.email_spelled.find_iter(text) {
                // Written plainly it is the address above.
                if !m.as_str().contains('@') {
                    push(out, DetectorKind::Email, m.start(), m.end());
                }
            }
        }
        // After the addresses, which they must not repeat as links.
        if (text.contains("com") || text.contains("net") || text.contains("org")) && may.run(Sieved::UrlSpelled) {
            self.find_spelled_urls(text, base, out);
        }
        // A handle after `@`, a number, or a Chinese contact label and its colon
        // (`加LINE：usdtking`: letters only, in a text with no digit at all).
        if (scan.at || scan.digit || (scan.non_ascii && scan.colon)) && may.run(Sieved::ContactHandle) {
            for c in self.contact_handle.captures_iter(text) {
                if let (Some(all), Some(h)) = (c.get(0), c.name("h").or_else(|| c.name("g")).or_else(|| c.name("m"))) {
                    if !email_follows(text.as_bytes(), h.end()) {
                        push(out, DetectorKind::ContactHandle, all.start(), all.end());
                    }
                }
            }
        }
        if scan.digit {
            if may.run(Sieved::Step) {
                self.find_steps(text, out);
            }
            if may.run(Sieved::Leverage) {
                for m in self.leverage.find_iter(text) {
                    // `shot at 50x magnification`, `with 10x zoom`: a scale, not leverage.
                    let word = word_after(&text[m.end()..], |c| c.is_ascii_alphabetic());
                    if !word.is_empty() && self.leverage_scales.iter().any(|s| s == word) {
                        continue;
                    }
                    push(out, DetectorKind::Leverage, m.start(), m.end());
                }
            }
        }

        group_routes(out, base);
        finish(&mut out[base..]);
        // Compact away the entries `finish` marked as dropped (end == usize::MAX).
        let mut w = base;
        for r in base..out.len() {
            if out[r].end != usize::MAX {
                out[w] = out[r];
                w += 1;
            }
        }
        out.truncate(w);
    }

    /// Numbered list items, reported only when the text numbers at least two steps in order
    /// (`1.` then `2.`), so a lone "3) " in prose is nothing.
    fn find_steps(&self, text: &str, out: &mut Vec<Detection>) {
        let mut found: Vec<(u32, usize, usize)> = Vec::new();
        for c in self.step.captures_iter(text) {
            let (Some(n), Some(m)) = (c.name("n").or_else(|| c.name("k")), c.get(0)) else { continue };
            let number: u32 = n.as_str().parse().unwrap_or(0);
            // The marker itself: from the number to just before the text it numbers.
            let end = m.end() - text[..m.end()].chars().next_back().map_or(0, char::len_utf8);
            found.push((number, n.start(), end));
        }
        let ordered = found.windows(2).any(|w| w[1].0 == w[0].0 + 1);
        if ordered {
            for (_, start, end) in found {
                push(out, DetectorKind::Step, start, end);
            }
        }
    }

    /// A rail taken as payment with a coin up to 40 bytes before it in its sentence (no
    /// `.`, `!`, `?`, `;` or line break between): from the coin's start to the rail's terms.
    /// A coin at the window's start counts only if it starts a word in the whole text (the
    /// window may cut `wbtc` to `btc`).
    fn find_rail_taken(&self, text: &str, out: &mut Vec<Detection>) {
        let bytes = text.as_bytes();
        for m in self.rail_taken.find_iter(text) {
            let mut from = floor_boundary(text, m.start().saturating_sub(40));
            if let Some(stop) = text[from..m.start()].rfind(['.', '!', '?', ';', '\n']) {
                from += stop + 1;
            }
            let cut = from > 0 && bytes[from - 1].is_ascii_alphanumeric();
            let coin = self.rail_coin.find_iter(&text[from..m.start()]).find(|c| !(cut && c.start() == 0));
            if let Some(coin) = coin {
                push(out, DetectorKind::PaymentTerms, from + coin.start(), m.end());
            }
        }
    }

    fn find_coin_names(&self, text: &str, scan: &Scan, may: May, out: &mut Vec<Detection>) {
        if scan.max_run >= self.coin_min_run && may.run(Sieved::CoinEn) {
            for m in self.coin_en.find_iter(text) {
                push(out, DetectorKind::CoinName, m.start(), m.end());
                // A hashtag glues words without naming anything (`#cryptotrading`).
                let word = m.as_str();
                let has = |stems: &[String]| stems.iter().any(|s| word.contains(s.as_str()));
                let hashtag = text[..m.start()].ends_with('#');
                if !hashtag && has(&self.words.coin_brand_coins) && has(&self.words.coin_brand_business) {
                    push(out, DetectorKind::PlatformName, m.start(), m.end());
                }
            }
        }
        if scan.non_ascii && text.contains('币') && may.run(Sieved::CoinZh) {
            // Grammar words that lead into a name rather than belong to it.
            let lead = |c: char| self.words.coin_not_in_name.contains(c);
            for m in self.coin_zh.find_iter(text) {
                // The name is the one to three characters right before 币 (`猫猫币`),
                // less the grammar words that lead into it (`买了狗狗币`: 狗狗币).
                let mut start = m.start();
                while let Some(c) = text[start..].chars().next().filter(|&c| c != '币' && lead(c)) {
                    start += c.len_utf8();
                }
                if start + '币'.len_utf8() < m.end() {
                    push(out, DetectorKind::CoinName, start, m.end());
                } else if let Some(p) =
                    self.words.coin_pointers.iter().find(|p| text[m.start()..start].ends_with(p.as_str()))
                {
                    // Nothing but a word pointing at one coin (`这个币`, `该币`): that coin.
                    push(out, DetectorKind::CoinName, start - p.len(), m.end());
                }
            }
        }
    }

    /// Domains written around a link filter (see `url_spelled`), as plain links: not the end
    /// of a spelled address (`name at gmail dot com`, an `email` among `out[base..]`, this
    /// text's detections so far), not `the dot com bubble`.
    fn find_spelled_urls(&self, text: &str, base: usize, out: &mut Vec<Detection>) {
        let mut email_ends: Vec<usize> =
            out[base..].iter().filter(|d| d.kind == DetectorKind::Email).map(|d| d.end).collect();
        sort_positions(&mut email_ends);
        for m in self.url_spelled.find_iter(text) {
            // The name is the match up to its first space or bracket (all of a glued one).
            let name = m.as_str().split([' ', '\t', '(', '[', '{']).next().unwrap_or_default();
            if matches!(name, "dot" | "the" | "and" | "www") {
                continue;
            }
            if any_within(&email_ends, m.end(), m.end()) {
                continue;
            }
            push(out, DetectorKind::Url, m.start(), m.end());
        }
    }

    fn find_urls(&self, text: &str, out: &mut Vec<Detection>) {
        let bytes = text.as_bytes();
        for m in self.url.find_iter(text) {
            let start = m.start();
            // Part of an email address ("a@b.com", "x.io@b.com"): report nothing.
            if start > 0 && bytes[start - 1] == b'@' {
                continue;
            }
            let end = trim_url_end(text, start, m.end());
            if end < bytes.len() && bytes[end] == b'@' {
                continue;
            }
            let s = &text[start..end];
            let rest = if let Some(i) = s.find("://") { &s[i + 3..] } else { s };
            let host_end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
            let mut host = &rest[..host_end];
            if let Some(i) = host.rfind('@') {
                host = &host[i + 1..];
            }
            if host.is_empty() {
                continue;
            }
            let has_path = host_end + 1 < rest.len();
            let is_tg_host = self.words.telegram_hosts.iter().any(|h| h == host);
            let path = &rest[host_end..];
            let kind = if is_group_link(&self.words, host, path) {
                DetectorKind::GroupLink
            } else if (is_tg_host && has_path) || self.words.telegram_subdomain_hosts.iter().any(|h| is_under(host, h))
            {
                DetectorKind::TelegramHandle
            } else if is_exchange_url(&self.words, host, rest) {
                DetectorKind::ExchangeDomain
            } else {
                DetectorKind::Url
            };
            push(out, kind, start, end);
            let lo = floor_boundary(text, start.saturating_sub(40));
            if is_signup_path(&self.words, path) || self.signup_label.is_match(&text[lo..start]) {
                push(out, DetectorKind::SignupLink, start, end);
            }
            if kind != DetectorKind::GroupLink && self.group_label.is_match(&text[lo..start]) {
                push(out, DetectorKind::GroupLink, start, end);
            }
        }
    }

    fn find_telegram(&self, text: &str, scan: &Scan, may: May, out: &mut Vec<Detection>) {
        let bytes = text.as_bytes();
        let direct = if may.run(Sieved::TgDirect) { Some(self.tg_direct.captures_iter(text)) } else { None };
        for c in direct.into_iter().flatten() {
            let (Some(all), Some(h)) = (c.get(0), c.name("h")) else {
                continue;
            };
            let has_at = c.name("at").is_some();
            let strong_suffix =
                c.name("suf").is_some_and(|m| self.words.telegram_strong_suffixes.iter().any(|w| w == m.as_str()));
            let strong_sep = c.name("sep").is_some_and(|m| m.as_str().contains([':', '=']));
            if !(has_at || strong_suffix || strong_sep) {
                continue;
            }
            // A link's scheme after the label is no handle (`电报群:https://…`).
            if email_follows(bytes, h.end()) || text[h.end()..].starts_with("://") {
                continue;
            }
            push(out, DetectorKind::TelegramHandle, all.start(), all.end());
        }
        if !scan.at || !may.run(Sieved::AtHandle) {
            return;
        }
        for m in self.at_handle.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if s > 0 && matches!(bytes[s - 1], b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-') {
                continue; // email local part
            }
            if email_follows(bytes, e) {
                continue;
            }
            let lo = floor_boundary(text, s.saturating_sub(48));
            let hi = ceil_boundary(text, (e + 32).min(text.len()));
            if self.tg_keyword.is_match(&text[lo..s]) || self.tg_keyword.is_match(&text[e..hi]) {
                push(out, DetectorKind::TelegramHandle, s, e);
            }
        }
    }

    fn find_wechat(&self, text: &str, out: &mut Vec<Detection>) {
        for c in self.wechat.captures_iter(text) {
            if let Some((s, e)) = wechat_ok(&self.words.wechat_weak, &c) {
                push(out, DetectorKind::WechatId, s, e);
            }
        }
    }

    fn find_invites(&self, text: &str, out: &mut Vec<Detection>) {
        for c in self.invite.captures_iter(text) {
            let (Some(all), Some(kw), Some(code)) = (c.get(0), c.name("kw"), c.name("code")) else {
                continue;
            };
            let sep = c.name("sep").map_or("", |m| m.as_str());
            let strong_sep = !sep.trim().is_empty();
            let zh_kw = !kw.as_str().is_ascii();
            let has_digit = code.as_str().bytes().any(|b| b.is_ascii_digit());
            // An English word after the keyword is prose (`invite code field`), not a code.
            let prose = !has_digit && !zh_kw && self.words.invite_prose_after.iter().any(|w| w == code.as_str());
            // `code` alone names many things (`the code 404`, `code review`): only a token of
            // letters and digits mixed after it is read as a code (`use code TQ7731`).
            let bare = kw.as_str() == "code";
            let mixed = has_digit && code.as_str().bytes().any(|b| b.is_ascii_alphabetic()) && code.len() >= 5;
            if bare && !mixed {
                continue;
            }
            if !prose && (strong_sep || has_digit || (zh_kw && sep.is_empty()) || code.len() >= 6) {
                push(out, DetectorKind::InviteCode, all.start(), all.end());
            }
        }
    }

    fn find_addresses(&self, text: &str, out: &mut Vec<Detection>) {
        for c in self.address.captures_iter(text) {
            // After a label (`ca:`, `合约地址`), or right after the ticker it is the address of
            // (`$abc: 7xkx…`, `$abc⏎7xkx…`).
            let labelled = c.name("ca").or_else(|| c.name("cb"));
            let Some(m) = labelled.or_else(|| c.get(0)) else { continue };
            let s = m.as_str();
            let b = s.as_bytes();
            let digits = b.iter().skip(1).filter(|c| c.is_ascii_digit()).count();
            let letters = b.len() - 1 - digits;
            let kind = match b[0] {
                b'0' => DetectorKind::EthAddress,
                b'b' => DetectorKind::BtcAddress,
                b't' if digits >= 2 && letters >= 5 => DetectorKind::TronAddress,
                b'1' | b'3' if digits >= 1 && letters >= 5 => DetectorKind::BtcAddress,
                // Mixed letters and digits, as a key is (not a word nor a number).
                _ if labelled.is_some() && digits >= 2 && letters >= 5 => DetectorKind::ContractAddress,
                _ => continue,
            };
            push(out, kind, m.start(), m.end());
        }
    }
}

impl Detectors {
    /// Reports a [`DetectorKind::TradeCall`] at every entry level (the trade levels in
    /// `out[first..]`) with an exit level within `trade_call_span` bytes. An entry starts with
    /// one of `[trade-call] entries`, or with a digit: a Chinese entry said price first
    /// (`61500附近分批接`), the only level that does.
    fn trade_calls(&self, text: &str, first: usize, out: &mut Vec<Detection>) {
        let starts = |d: &Detection, list: &[String]| {
            let m = &text[d.start..d.end];
            list.iter().any(|w| {
                m.starts_with(w.as_str())
                    && !(w.is_ascii() && m[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic()))
            })
        };
        let levels = &out[first..];
        let calls: Vec<(usize, usize)> = levels
            .iter()
            .filter(|d| {
                starts(d, &self.words.trade_call_entries) || text[d.start..].starts_with(|c: char| c.is_ascii_digit())
            })
            .filter(|d| {
                levels.iter().any(|x| {
                    let gap = x.start.saturating_sub(d.end).max(d.start.saturating_sub(x.end));
                    // Another level (`sell` opens a short and closes a long).
                    x.start != d.start && starts(x, &self.words.trade_call_exits) && gap <= self.words.trade_call_span
                })
            })
            .map(|d| (d.start, d.end))
            .collect();
        let mut heads: Vec<(usize, usize)> = Vec::new();
        for &(start, end) in &calls {
            push(out, DetectorKind::TradeCall, start, end);
            if let Some(head) = self.card_head(text, start).or_else(|| self.tagged_ticker(text, start, end)) {
                if !heads.contains(&head) {
                    heads.push(head);
                }
            }
        }
        for (start, end) in heads {
            push(out, DetectorKind::CardTicker, start, end);
        }
    }

    /// The ticker a one-line call tags (`$` or `#`, 2 to 10 letters or digits after a letter)
    /// on its entry's line, up to the entry's end, the last one there: `long #op here`,
    /// `#apt buy now`, `buy $neo at 95`. Not one of `[trade-call] card_not` (`#signal`).
    fn tagged_ticker(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let line = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let b = text.as_bytes();
        let mut found = None;
        let mut i = line;
        while i < end {
            if matches!(b[i], b'$' | b'#') && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
                let w = i + 1;
                let e = w + b[w..end].iter().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit()).count();
                let word = &text[w..e];
                if (2..=10).contains(&word.len())
                    && word.as_bytes()[0].is_ascii_lowercase()
                    && !b.get(e).is_some_and(u8::is_ascii_alphanumeric)
                    && !self.words.card_not.iter().any(|x| x == word)
                {
                    found = Some((w, e));
                }
                i = e.max(i + 1);
            } else {
                i += 1;
            }
        }
        found
    }

    /// The ticker heading the card of an entry level at `entry`: the first line, of the
    /// entry's own and the two above it (within 160 bytes), that starts (after spaces, `$`
    /// or `#`) with a Latin word of 2 to 10 letters not followed by another letter, and that
    /// word is not one of `[trade-call] card_not`.
    fn card_head(&self, text: &str, entry: usize) -> Option<(usize, usize)> {
        let b = text.as_bytes();
        let lo = ceil_boundary(text, entry.saturating_sub(160));
        // The start of the entry's line and of up to two lines above it, top first.
        let mut starts = vec![text[lo..entry].rfind('\n').map_or(lo, |i| lo + i + 1)];
        while starts.len() < 3 {
            let top = starts[starts.len() - 1];
            if top <= lo || top == 0 {
                break;
            }
            let above = text[lo..top - 1].rfind('\n').map_or(lo, |i| lo + i + 1);
            starts.push(above);
        }
        starts.reverse();
        for line in starts {
            let mut i = line;
            while i < entry && matches!(b[i], b' ' | b'\t' | b'$' | b'#') {
                i += 1;
            }
            let end = i + b[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
            if !(2..=10).contains(&(end - i)) || end > entry || b.get(end).is_some_and(u8::is_ascii_alphabetic) {
                continue;
            }
            let word = &text[i..end];
            if self.words.card_not.iter().any(|w| w == word) {
                continue;
            }
            // A head, not a line of prose: the word stands alone on its line, or a side
            // (`多`, `long`) or `(` follows it, or a digit or a Chinese character right after
            // it (`hbar4h`, `sui再次`).
            let line_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
            let rest = &text[end..line_end];
            let spaced = rest.trim_start_matches([' ', '\t', '\u{a0}']);
            let head = spaced.is_empty()
                || rest.starts_with(|c: char| c.is_ascii_digit() || ('\u{4e00}'..='\u{9fff}').contains(&c))
                || spaced.starts_with(['(', '多', '空'])
                || self.words.card_sides.iter().any(|w| {
                    spaced.starts_with(w.as_str()) && !spaced[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                });
            if head {
                return Some((i, end));
            }
        }
        None
    }
}

/// The positions of the ASCII digits of `b`, ascending. Eight bytes are tested at once (a
/// word has a digit when one of its bytes, XOR `0x30`, is below 10), so text without digits,
/// most of a post, costs about a fifth of a byte-by-byte loop.
fn ascii_digits(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let chunks = b.len() / 8;
    let words = (0..chunks).filter_map(move |c| {
        let w = u64::from_le_bytes(b[c * 8..c * 8 + 8].try_into().unwrap_or_default()) ^ (ONES * 0x30);
        // Some byte of `w` is below 10 (and so the byte was a digit): the classic `hasless`.
        ((w.wrapping_sub(ONES * 10) & !w & HIGHS) != 0).then_some(c * 8..c * 8 + 8)
    });
    words.chain(std::iter::once(chunks * 8..b.len())).flatten().filter(move |&i| b[i].is_ascii_digit())
}

/// The first `@handle` (3 to 30 of `a-z`, `0-9`, `_`, `.`, not ending in `.`; not an
/// e-mail's `@`) from `start`, in the text up to 80 bytes after `end` and before its
/// sentence ends (`!`, `?`, a line break, or `.` and a space), as a byte range.
fn credited_handle(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut stop = (end + 80).min(b.len());
    if let Some(k) = b[end..stop]
        .iter()
        .enumerate()
        .position(|(k, &c)| matches!(c, b'!' | b'?' | b'\n') || (c == b'.' && b.get(end + k + 1) == Some(&b' ')))
    {
        stop = end + k;
    }
    let mut i = start;
    while i < stop {
        if b[i] == b'@' && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let len = b[i + 1..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'.').count();
            let name = text[i + 1..i + 1 + len].trim_end_matches('.');
            if (3..=30).contains(&name.len()) {
                return Some((i, i + 1 + name.len()));
            }
        }
        i += 1;
    }
    None
}

/// How far before a link or handle an invitation into a group may end, and how far after it
/// one may start, for the link to be that group's way in (bytes of normalized text: a line of
/// English, about thirty Chinese characters; a line break or two between them).
const GROUP_ROUTE_BEFORE: usize = 100;
const GROUP_ROUTE_AFTER: usize = 40;

/// A link, Telegram handle or WeChat ID offered next to an invitation into a group is that
/// group's way in: reported as a group link too, when the invitation (`group-invite`) ends at
/// most [`GROUP_ROUTE_BEFORE`] bytes before it (`join our trading group 👉 https://t.me/abc`,
/// `兄弟们加群同步进度！⏎t.me/xyz`) or starts at most [`GROUP_ROUTE_AFTER`] after it
/// (`t.me/abc, join now`). A link labelled as a group's right before it is found in
/// `find_urls`; this reaches one the words name from further away, whatever its host.
fn group_routes(out: &mut Vec<Detection>, base: usize) {
    // The invitations' ends and starts, each sorted: whether one is near a link is two
    // binary searches, not a look at every invitation.
    let invites = || out[base..].iter().filter(|d| d.kind == DetectorKind::GroupInvite);
    let mut ends: Vec<usize> = invites().map(|d| d.end).collect();
    if ends.is_empty() {
        return;
    }
    let mut starts: Vec<usize> = invites().map(|d| d.start).collect();
    sort_positions(&mut ends);
    sort_positions(&mut starts);
    for i in base..out.len() {
        let d = out[i];
        if !matches!(d.kind, DetectorKind::Url | DetectorKind::TelegramHandle | DetectorKind::WechatId) {
            continue;
        }
        let near = any_within(&ends, d.start.saturating_sub(GROUP_ROUTE_BEFORE), d.start)
            || any_within(&starts, d.end, d.end.saturating_add(GROUP_ROUTE_AFTER));
        if near {
            push(out, DetectorKind::GroupLink, d.start, d.end);
        }
    }
}

/// How many different fields of tokenomics make a token's sales sheet (two: news of a
/// coin names its supply, not its supply and its taxes or its locked liquidity).
const TOKEN_SHEET_FIELDS: usize = 2;
/// How far apart (bytes of normalized text) the fields of one sheet may stand: a post's
/// block of a dozen short lines.
const TOKEN_SHEET_REACH: usize = 600;

/// Token sheets among the fields found, in text order (`(start, end, words)`): one detection
/// for each run of [`TOKEN_SHEET_FIELDS`] different fields within [`TOKEN_SHEET_REACH`]
/// bytes, from its first field to the one that completes it; the next sheet starts after
/// it. A field written twice counts once (`buy tax`, `sell tax`: the words given are the
/// field's). Linear in the fields.
fn token_sheets<'t>(fields: impl Iterator<Item = (usize, usize, &'t str)>, out: &mut Vec<Detection>) {
    let mut window: std::collections::VecDeque<(usize, &str)> = std::collections::VecDeque::new();
    for (start, end, words) in fields {
        while window.front().is_some_and(|&(s, _)| end - s > TOKEN_SHEET_REACH) {
            window.pop_front();
        }
        // A field already in the window moves to its newest place.
        window.retain(|&(_, w)| w != words);
        window.push_back((start, words));
        if window.len() >= TOKEN_SHEET_FIELDS {
            // In text order: the oldest field opens the sheet.
            let first = window.front().map_or(start, |&(s, _)| s);
            push(out, DetectorKind::TokenSheet, first, end);
            window.clear();
        }
    }
}

/// Where a match's words start: a pattern that must stand at a clause start matches the
/// punctuation and spaces before its words too (`, selling below market`), which are not
/// what it found.
fn words_start(m: &regex::Match<'_>) -> usize {
    m.start() + m.as_str().find(char::is_alphanumeric).unwrap_or(0)
}

fn push(out: &mut Vec<Detection>, kind: DetectorKind, start: usize, end: usize) {
    if start < end {
        out.push(Detection { kind, start, end });
    }
}

/// Sorts by start (longest first on ties) and marks same-kind overlaps as dropped by
/// setting `end` to `usize::MAX`. A generic contact handle that overlaps an ID found by
/// its app's own detector (WeChat, QQ, Telegram) is dropped too: the named app says more.
fn finish(ds: &mut [Detection]) {
    // In place (a text of links has a detection every few bytes).
    ds.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.kind.cmp(&b.kind)));
    let mut last_end = [0usize; DetectorKind::ALL.len()];
    for d in ds.iter_mut() {
        let k = d.kind.index();
        if d.start < last_end[k] {
            d.end = usize::MAX;
        } else {
            last_end[k] = d.end;
        }
    }
    let app_id =
        |k: DetectorKind| matches!(k, DetectorKind::WechatId | DetectorKind::QqId | DetectorKind::TelegramHandle);
    if ds.iter().any(|d| d.kind == DetectorKind::ContactHandle) && ds.iter().any(|d| app_id(d.kind)) {
        let ids = Ranges::new(ds.iter().filter(|d| app_id(d.kind) && d.end != usize::MAX).map(|d| (d.start, d.end)));
        for d in ds.iter_mut().filter(|d| d.kind == DetectorKind::ContactHandle && d.end != usize::MAX) {
            if ids.overlaps(d.start, d.end) {
                d.end = usize::MAX;
            }
        }
    }
}

/// `true` if `bytes[at..]` continues like an email address or a domain (".com", "@x").
fn email_follows(bytes: &[u8], at: usize) -> bool {
    at + 1 < bytes.len() && matches!(bytes[at], b'.' | b'@') && bytes[at + 1].is_ascii_alphanumeric()
}

/// Whether `text` goes on at `at` with one of `words` (`群众` after an invitation's `群`, `些`
/// after `王某`): the match is part of another word.
fn followed_by(text: &str, at: usize, words: &[String]) -> bool {
    text.get(at..).is_some_and(|rest| words.iter().any(|w| rest.starts_with(w.as_str())))
}

/// The char boundary of `text` at or before byte `i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary of `text` at or after byte `i` (at most `text.len()`).
pub(crate) fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Drops trailing punctuation that is almost never part of a link in prose.
fn trim_url_end(text: &str, start: usize, mut end: usize) -> usize {
    let b = text.as_bytes();
    while end > start {
        match b[end - 1] {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'"' | b'*' | b']' | b'}' => end -= 1,
            b')' => {
                let s = &b[start..end];
                let open = s.iter().filter(|&&c| c == b'(').count();
                let close = s.iter().filter(|&&c| c == b')').count();
                if close > open {
                    end -= 1;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    end
}

/// Whether a link invites to a chat group (Discord, WhatsApp, Telegram private groups, QQ
/// groups, LINE, Signal groups): the pack's `[group-link]` hosts, with any path, and host
/// and path starts.
/// Links cut short where a post was truncated, at the end of a line (`don't miss out. htt…`,
/// `start the airdrop bot: http…`): a shared post's text as feeds and retweets give it ends in
/// `…` wherever its length ran out, and a link is the part most often cut. The stub, from
/// `htt` to `https://`, says a link stood there; what follows `://` is matched as a link.
fn find_cut_links(text: &str, out: &mut Vec<Detection>) {
    for (at, _) in text.match_indices('…') {
        let after = text[at + '…'.len_utf8()..].trim_start_matches([' ', '\t']);
        if !(after.is_empty() || after.starts_with(['\n', '\r'])) {
            continue;
        }
        let before = &text[..at];
        const STUBS: [&str; 9] =
            ["https://", "http://", "https:/", "http:/", "https:", "http:", "https", "http", "htt"];
        if let Some(stub) = STUBS.iter().find(|s| before.ends_with(*s)) {
            let start = at - stub.len();
            if before[..start].chars().next_back().is_none_or(char::is_whitespace) {
                push(out, DetectorKind::Url, start, at);
            }
        }
    }
}

fn is_group_link(words: &DetectorWords, host: &str, path: &str) -> bool {
    let host = host.strip_prefix("www.").unwrap_or(host);
    if words.group_hosts.iter().any(|h| h == host) {
        return path.len() > 1;
    }
    words.group_paths.iter().any(|hp| {
        let (h, p) = hp.split_at(hp.find('/').unwrap_or(hp.len()));
        h == host && path.starts_with(p)
    })
}

/// Whether a link's path or query is about signing up, joining or downloading an app: the
/// pack's `[signup-link]` path segments, or a segment of up to 12 characters starting with
/// one of its path starts (invite, invitecode, registration).
fn is_signup_path(words: &DetectorWords, path: &str) -> bool {
    path.split(['/', '?', '&', '=', '#', '.', '-', '_']).any(|seg| {
        words.signup_path_segments.iter().any(|w| w == seg)
            || (seg.len() <= 12 && words.signup_path_starts.iter().any(|w| seg.starts_with(w.as_str())))
    })
}

/// Whether a link leads to an exchange or wallet: a brand in the host, a host under the
/// `.exchange` TLD, a brand naming a path segment of a short link (`vlink.cc/okxchina`), or
/// a path about exchanges (`/top-10-exchanges/`).
fn is_exchange_url(words: &DetectorWords, host: &str, rest: &str) -> bool {
    if is_exchange_host(words, host) || words.exchange_tlds.iter().any(|t| is_under(host, t)) {
        return true;
    }
    // A page on a host where anyone publishes (`medium.com/binance/…`, `youtube.com/@okx`) is
    // writing about a brand, not the brand's door: its path says what the page is about.
    let bare = host.strip_prefix("www.").unwrap_or(host);
    if words.exchange_content_hosts.iter().any(|h| bare == h || is_under(bare, h)) {
        return false;
    }
    let path = &rest[rest.find('/').unwrap_or(rest.len())..];
    // A page about exchanges (`/top-10-exchanges/`) points readers at them as well.
    path.split(['/', '?', '&', '=', '-', '_', '.']).any(|seg| {
        words.exchange_path_segments.iter().any(|w| w == seg)
            || words.brands_anywhere.iter().any(|b| seg.contains(b.as_str()))
            || words.brands_label_start.iter().any(|b| seg.starts_with(b.as_str()) && seg.len() <= b.len() + 8)
    })
}

/// Whether `host` is a subdomain of `domain` (`abc.t.me` of `t.me`, `x.exchange` of `exchange`).
fn is_under(host: &str, domain: &str) -> bool {
    host.len() > domain.len() && host.ends_with(domain) && host.as_bytes()[host.len() - domain.len() - 1] == b'.'
}

fn is_exchange_host(words: &DetectorWords, host: &str) -> bool {
    if words.brands_anywhere.iter().any(|b| host.contains(b.as_str())) {
        return true;
    }
    host.split('.').any(|label| {
        words.brands_label_start.iter().any(|b| label.starts_with(b.as_str()))
            || words.brands_label_exact.iter().any(|b| b == label)
    })
}

/// Whether a price match is denominated in a stablecoin: the pack's `[price] stablecoins`
/// (`usdt`, `usdc`, `busd`), or the slang `u` right after the number.
fn is_stablecoin_amount(stablecoins: &[String], m: &str) -> bool {
    if stablecoins.iter().any(|c| m.contains(c.as_str())) {
        return true;
    }
    let b = m.as_bytes();
    // "100u", "0.05 u", "7.2元/u" (a rate per U), "1u=7.3".
    b.windows(2).any(|w| (w[0].is_ascii_digit() || w[0] == b' ' || w[0] == b'/') && w[1] == b'u')
        && !m.contains("usd ")
        && !m.ends_with("usd")
}

/// Whether a promise match ending in `个点` is the start of another word (`三个点名`,
/// `几个点评`, `两个点赞`), not points of return.
fn points_word(text: &str, start: usize, end: usize) -> bool {
    const STARTS: &[char] = &['名', '评', '赞', '击', '开', '子', '心', '菜', '头', '钟', '滴', '数', '火', '燃', '亮'];
    text[start..end].ends_with("个点") && text[end..].chars().next().is_some_and(|c| STARTS.contains(&c))
}

/// An income claim of the kind that sells an app or a "manager" only with someone vouching
/// for it: gains in a span of minutes to months (`earned 0.002 btc in 10 minutes`) or a
/// profit (`made $12,000 in profit`), as against a rate per period (`earn $300 per day`). A
/// trader's diary says the same words without anyone to contact.
fn unvouched_claim(m: &str) -> bool {
    let b = m.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let last = m.rsplit([' ', '\t']).next().unwrap_or("");
    if matches!(last, "profit" | "profits" | "gain" | "gains") {
        return true;
    }
    // `in 10 minutes`, `within two weeks`; not `in a month`, a period of its own.
    let mut words = m.rsplit([' ', '\t']).filter(|w| !w.is_empty());
    let unit = words.next().unwrap_or("");
    let count = words.next().unwrap_or("");
    let spans = [
        "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "hr", "day", "days", "week", "weeks", "month",
        "months",
    ];
    let in_span = m.split([' ', '\t']).any(|w| w == "in" || w == "within");
    in_span
        && spans.contains(&unit)
        && !matches!(count, "a" | "an" | "one" | "per" | "every" | "each" | "this" | "last")
}

/// Whether one of the pack's vouching words (`[return-promise] vouchers`) stands as a whole
/// word within 160 bytes of a claim (before or after it).
fn vouched(vouchers: &[String], text: &str, start: usize, end: usize) -> bool {
    let near = &text[ceil_boundary(text, start.saturating_sub(160))..floor_boundary(text, (end + 160).min(text.len()))];
    vouchers.iter().any(|v| {
        near.match_indices(v.as_str()).any(|(i, _)| {
            let before = near[..i].chars().next_back();
            let after = near[i + v.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
        })
    })
}

/// Whether `before` ends with one of the pack's English negations (`[prohibition]
/// en_negations`: `do not`, `never`), as whole words, maybe with spaces after it.
/// Whether the clause around `[start, end)` (to the nearest clause mark, within 60 bytes each
/// way) holds one of `words`: the footer of a repost (`如有侵权请联系我们删除`).
fn disclaims(words: &[String], text: &str, start: usize, end: usize) -> bool {
    if words.is_empty() || text[start..end].is_ascii() {
        return false;
    }
    let marks =
        |c: char| matches!(c, '.' | '!' | '?' | ',' | ';' | ':' | '\n' | '。' | '！' | '？' | '，' | '；' | '：');
    let lo = ceil_boundary(text, start.saturating_sub(60));
    let hi = floor_boundary(text, (end + 60).min(text.len()));
    let from = text[lo..start].char_indices().rev().find(|&(_, c)| marks(c)).map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let to = text[end..hi].find(marks).map_or(hi, |i| end + i);
    let clause = &text[from..to];
    words.iter().any(|w| clause.contains(w.as_str()))
}

fn negated(negations: &[String], before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t']);
    negations.iter().any(|n| {
        before.ends_with(n.as_str())
            && !before[..before.len() - n.len()].chars().next_back().is_some_and(|c| c.is_alphanumeric())
    })
}

/// Rejects "u盘" (USB stick), "u型" and similar right after a "…u" amount: the pack's
/// `[price] not_after_u`.
fn price_ok(not_after_u: &[String], text: &str, end: usize) -> bool {
    let t = text.as_bytes();
    if end == 0 || t[end - 1] != b'u' {
        return true;
    }
    let rest = &text[end..];
    !not_after_u.iter().any(|w| rest.starts_with(w.as_str()))
}

/// Decides whether a WeChat-keyword match is a real contact route and returns its span.
fn wechat_ok(weak_keywords: &[String], c: &Captures<'_>) -> Option<(usize, usize)> {
    let all = c.get(0)?;
    let kw = c.name("kw")?.as_str();
    let id = c.name("id")?.as_str();
    let sep = c.name("sep").map_or("", |m| m.as_str());
    let has_suffix = c.name("suf").is_some() || kw.ends_with('号') || kw.ends_with("id");
    let strong_sep = sep.contains([':', '=', '(']);
    let ascii_kw_end = kw.as_bytes().last().is_some_and(|b| b.is_ascii_alphanumeric());
    let id_b = id.as_bytes();
    let starts_letter = id_b[0].is_ascii_lowercase();
    // "wxpython", "vxabc123": an ASCII keyword glued to a letter id is not a route.
    if ascii_kw_end && c.name("suf").is_none() && sep.is_empty() && starts_letter {
        return None;
    }
    let digits: usize = id_b.iter().filter(|b| b.is_ascii_digit()).count();
    let is_phone = !starts_letter && (digits == 11 || digits == 13);
    // A keyword of one letter and its colon (`v:`, as ads write 微信) is a route only before an
    // ID of WeChat's shape or a phone number (`v:abc_123`, not `v:20240101`). The colon is
    // part of the keyword so that the search does not stop at every `v` of a text.
    if kw.len() == 2 && kw.ends_with(':') && !(starts_letter || is_phone) {
        return None;
    }
    let weak_kw = weak_keywords.iter().any(|w| w == kw);
    let weak = weak_kw && !has_suffix && !strong_sep;
    if starts_letter {
        let mixed = id_b.iter().any(|&b| b.is_ascii_digit() || b == b'_' || b == b'-');
        if weak && !mixed {
            return None; // "微信 version", "wechat account"
        }
    } else if !is_phone && weak {
        return None; // "微信 100000 用户"
    }
    Some((all.start(), all.end()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn det() -> &'static Detectors {
        static D: OnceLock<Detectors> = OnceLock::new();
        D.get_or_init(|| Detectors::new(&crate::pack::Pack::embedded().detect.words))
    }

    fn run(text: &str) -> Vec<Detection> {
        let mut v = Vec::new();
        det().detect(text, &mut v);
        v
    }

    /// The matched substrings of one kind.
    fn found(text: &str, kind: DetectorKind) -> Vec<&str> {
        run(text).into_iter().filter(|d| d.kind == kind).map(|d| &text[d.start..d.end]).collect()
    }

    fn assert_found(text: &str, kind: DetectorKind, expected: &[&str]) {
        assert_eq!(found(text, kind), expected, "kind {kind} in {text:?}; all: {:?}", run(text));
    }

    fn assert_none(text: &str, kind: DetectorKind) {
        assert_found(text, kind, &[]);
    }

    use DetectorKind::*;

    #[test]
    fn a_link_cut_where_a_post_was_truncated_is_a_link() {
        assert_found("rt @abc: the presale is live. don't miss out. htt…", Url, &["htt"]);
        assert_found("start the airdrop bot: https:/…\nnext line", Url, &["https:/"]);
        assert_found("claim here http… ", Url, &["http"]);
        // Not a stub of a link, or not where the post ends.
        assert_none("what a day… ht…", Url);
        assert_none("hmm…", Url);
        assert_none("see http… and more", Url);
        assert_none("…", Url);
    }

    #[test]
    fn pattern_words_come_from_the_pack() {
        // A word added to the pack is looked for, and an exclusion taken out stops excluding,
        // without a change to the patterns.
        let detect = |words: &DetectorWords, text: &str, kind: DetectorKind| {
            let mut v = Vec::new();
            Detectors::new(words).detect(text, &mut v);
            v.into_iter().filter(|d| d.kind == kind).map(|d| text[d.start..d.end].to_string()).collect::<Vec<_>>()
        };
        let pack = crate::pack::Pack::embedded().detect.words.clone();
        assert!(detect(&pack, "所有人一起梭哈", GroupCall).is_empty());
        assert!(detect(&pack, "不要错过这个机会", Prohibition).is_empty());
        let mut words = pack.clone();
        words.group_zh_acts.push("梭哈".into());
        words.forbid_urges.retain(|u| u != "错");
        words.recovery_zh_verbs.push("追缴".into());
        assert_eq!(detect(&words, "所有人一起梭哈", GroupCall), ["所有人一起梭哈"]);
        assert_eq!(detect(&words, "不要错过这个机会", Prohibition), ["不要错"]);
        assert_eq!(detect(&words, "专业追缴", RecoveryOffer), ["专业追缴"]);
    }

    #[test]
    fn new_works() {
        let d = Detectors::new(&crate::pack::Pack::embedded().detect.words);
        while d.compile_next() {}
        let mut v = Vec::new();
        d.detect("访问okx.com", &mut v);
        assert_eq!(v.len(), 1);
        // Without the pack's brands the same link is only a link.
        let mut words = crate::pack::Pack::embedded().detect.words.clone();
        words.brands_anywhere.clear();
        words.brands_label_start.clear();
        words.brands_label_exact.clear();
        let mut v = Vec::new();
        Detectors::new(&words).detect("访问okx.com", &mut v);
        assert_eq!(v.iter().map(|d| d.kind).collect::<Vec<_>>(), [DetectorKind::Url]);
    }

    #[test]
    fn alternation_tries_longer_words_first_and_marks_word_edges() {
        let words = [("微信", false, false), ("微信号", false, false), ("vx", true, false), ("tg", true, true)];
        assert_eq!(alternation(&words), r"微信号|微信|(?-u:\b)vx|(?-u:\b)tg(?-u:\b)");
        let never = Regex::new(&alternation(&[])).unwrap();
        assert!(!never.is_match("微信 vx tg abc 123"));
    }

    #[test]
    fn kind_ids_round_trip() {
        // `ALL` holds every kind once, so every kind's index is below `ALL.len()` (arrays
        // per kind are indexed by it: `finish`, the checker's signal count).
        let mut seen = [false; DetectorKind::ALL.len()];
        for k in DetectorKind::ALL {
            assert!(!std::mem::replace(&mut seen[k.index()], true), "{k} twice");
        }
        for k in DetectorKind::ALL {
            assert_eq!(DetectorKind::from_str(k.as_str()), Some(k));
            assert_eq!(k.as_str().parse::<DetectorKind>(), Ok(k));
            assert_eq!(k.to_string(), k.as_str());
        }
        assert_eq!(DetectorKind::from_str("nope"), None);
        assert!("URL".parse::<DetectorKind>().is_err());
        assert_eq!(ExchangeDomain.as_str(), "exchange-domain");
        assert_eq!(ReturnPromise.as_str(), "return-promise");
    }

    #[test]
    fn empty_and_tiny() {
        assert!(run("").is_empty());
        assert!(run("a").is_empty());
        assert!(run("𠀀").is_empty());
        assert!(run("。").is_empty());
    }

    // ---- Url / ExchangeDomain --------------------------------------------------------

    #[test]
    fn url_positive() {
        assert_found("详情见https://example.com/a/b?x=1扫码", Url, &["https://example.com/a/b?x=1"]);
        assert_found("see www.example.org/page.", Url, &["www.example.org/page"]);
        assert_found("点击abc.xyz/join了解", Url, &["abc.xyz/join"]);
        assert_found("short link: bit.ly/3abcd, ok", Url, &["bit.ly/3abcd"]);
        assert_found("戳t.cn/a1b2c3", Url, &["t.cn/a1b2c3"]);
        assert_found("(链接:http://foo.cc/x)", Url, &["http://foo.cc/x"]);
        assert_found("visit sub.domain.com.cn:8080/path now", Url, &["sub.domain.com.cn:8080/path"]);
        assert_found("网址 example.top 👍", Url, &["example.top"]);
    }

    #[test]
    fn url_negative() {
        for t in [
            "version v1.2.3 released",
            "价格0.05上涨",
            "open report.pdf and readme.md",
            "会议8:30开始,2024.01.05",
            "email me at john.smith@gmail.com please",
            "联系邮箱abc@qq.com",
            "the end.next sentence",
            "use main.rs and setup.py or install.sh",
            "color #ff0000 and 0x1f",
        ] {
            assert_none(t, Url);
            assert_none(t, ExchangeDomain);
        }
    }

    #[test]
    fn exchange_domain() {
        let t = "注册链接https://okx.com/join/123扫码";
        assert_found(t, ExchangeDomain, &["https://okx.com/join/123"]);
        assert_none(t, Url);
        assert_found("官网www.binance.com,备用binance-cn.xyz", ExchangeDomain, &["www.binance.com", "binance-cn.xyz"]);
        assert_found("go to gate.io now", ExchangeDomain, &["gate.io"]);
        assert_found("下载metamask.io钱包", ExchangeDomain, &["metamask.io"]);
        assert_found("imtoken官网token.im", ExchangeDomain, &["token.im"]);
        assert_found(
            "https://accounts.bybit.com/register?affiliate_id=1",
            ExchangeDomain,
            &["https://accounts.bybit.com/register?affiliate_id=1"],
        );
        // Not exchanges.
        assert_found("see bookx.com and gateway.com", Url, &["bookx.com", "gateway.com"]);
        assert_none("see bookx.com and gateway.com", ExchangeDomain);
        // A page about a brand where anyone publishes is a link, not the brand's door; a
        // brand in another host's path is (`linktr.ee/okx`).
        let t = "https://medium.com/binanceexchange/binance-announces-x https://www.youtube.com/@okx";
        assert_found(
            t,
            Url,
            &["https://medium.com/binanceexchange/binance-announces-x", "https://www.youtube.com/@okx"],
        );
        assert_none(t, ExchangeDomain);
        assert_found("https://linktr.ee/okx", ExchangeDomain, &["https://linktr.ee/okx"]);
    }

    // ---- Telegram ----------------------------------------------------------------------

    #[test]
    fn telegram_positive() {
        assert_found("加入电报群t.me/cryptoking88领取", TelegramHandle, &["t.me/cryptoking88"]);
        // A private group's invite link is a group link, not a handle.
        assert_found("join https://t.me/+abcdef123 now", GroupLink, &["https://t.me/+abcdef123"]);
        assert_found("tg: @abc_trader 咨询", TelegramHandle, &["tg: @abc_trader"]);
        assert_found("飞机@coinboss666", TelegramHandle, &["飞机@coinboss666"]);
        assert_found("纸飞机号:cryptoking", TelegramHandle, &["纸飞机号:cryptoking"]);
        assert_found("contact @moonshot_vip on telegram", TelegramHandle, &["@moonshot_vip"]);
        assert_found("电报联系我们 (@signals_pro)", TelegramHandle, &["@signals_pro"]);
        assert_none("tg: @abc_trader 咨询", Url);
        assert_found("频道 cryptonews.t.me 更新", TelegramHandle, &["cryptonews.t.me"]);
        // A bare "t.me" with no handle is only a link.
        assert_found("open https://t.me.", Url, &["https://t.me"]);
    }

    #[test]
    fn spelled_out_emails() {
        assert_found("email recoverteam at proton dot me", Email, &["recoverteam at proton dot me"]);
        assert_found("mail: funds.back[at]gmail(dot)com now", Email, &["funds.back[at]gmail(dot)com"]);
        assert_found("write to help(at)mail.com", Email, &["help(at)mail.com"]);
        assert_none("contact us at example.com today", Email);
        assert_none("look at the dot com bubble", Email);
        // A provider whose name is no everyday word needs no top-level domain.
        assert_found("contact hackrecoverypro at gmail for help", Email, &["hackrecoverypro at gmail"]);
        assert_found("write to trace.team (at) hotmail", Email, &["trace.team (at) hotmail"]);
        assert_none("she works at gmail now", Email);
        assert_none("i met him at outlook point", Email);
    }

    #[test]
    fn spelled_out_domains() {
        assert_found("visit coinvault dot com today", Url, &["coinvault dot com"]);
        assert_found("go to coinvault(dot)net", Url, &["coinvault(dot)net"]);
        assert_found("see coin-vault[.]org", Url, &["coin-vault[.]org"]);
        // Letters spaced out are read joined, the space before `com` stays.
        assert_found("coinvaultpro com is the future", Url, &["coinvaultpro com"]);
        assert_found("thanks to trustyhackerscom, all back", Url, &["trustyhackerscom"]);
        // A mail address spelled out is the address, not a link besides it.
        assert_none("write to tom at gmail dot com", Url);
        assert_none("look at the dot com bubble", Url);
        assert_none("a safety net for the whole org", Url);
        assert_none("telecom and intercom income", Url);
    }

    #[test]
    fn gain_testimonials() {
        assert_found(
            "i have made over $40,000 since i started investing with mrs. hale",
            GainTestimonial,
            &["i have made over $40,000 since i started investing with mrs."],
        );
        assert_found(
            "i invested $1,000 with coinvault and received $9,000 in a week",
            GainTestimonial,
            &["i invested $1,000 with coinvault and received $9,000"],
        );
        assert_found("thanks to expert ray, i made 3 btc", GainTestimonial, &["thanks to expert ray, i made 3"]);
        assert_found(
            "since i joined goldvault my portfolio doubled",
            GainTestimonial,
            &["i joined goldvault my portfolio doubled"],
        );
        // In Chinese: following someone, whom, then a gain.
        assert_found("跟着王老师投资三个月,我已经赚了20万", GainTestimonial, &["跟着王老师投资三个月,我已经赚了"]);
        assert_found("跟了李导师,账户翻了三倍", GainTestimonial, &["跟了李导师,账户翻了三倍"]);
        assert_none("跟着老师学书法三年,字终于翻了身", GainTestimonial);
        assert_none("跟着老师学书法。后来我赚了钱", GainTestimonial);
        // A loss, or a gain of nothing countable, is no testimonial.
        assert_none("i invested $500 with coinvault and lost everything", GainTestimonial);
        assert_none("i invested with them and made a big mistake", GainTestimonial);
        // Nobody credited.
        assert_none("i made $500 last year", GainTestimonial);
        assert_none("i started trading in 2017 and made $500", GainTestimonial);
        // Whom it credits after `with the help of` or `i met`, and the `@handle` it credits
        // (inside it or after it in its sentence) as the contact.
        assert_found(
            "with the help of kara i invested $800 and made a profit of $9,600 @kara_fx 💯",
            GainTestimonial,
            &["with the help of kara i invested $800 and made a profit"],
        );
        assert_found(
            "with the help of kara i invested $800 and made a profit of $9,600 @kara_fx 💯",
            ContactHandle,
            &["@kara_fx"],
        );
        assert_found(
            "not until i met @rana_j and he showed me how to use auto trade to earn consistent profits",
            ContactHandle,
            &["@rana_j"],
        );
        assert_none("i made $500 trading last year. follow @news_bot for more", ContactHandle);
        assert_none("thanks to my uncle i made $500, mail me at joe@example.com", ContactHandle);
    }

    #[test]
    fn group_links() {
        assert_found("vip: https://discord.gg/abcpump now", GroupLink, &["https://discord.gg/abcpump"]);
        assert_found("chat.whatsapp.com/kx12abcdef 每日喊单", GroupLink, &["chat.whatsapp.com/kx12abcdef"]);
        assert_found("discord.com/invite/x7y8z9 today", GroupLink, &["discord.com/invite/x7y8z9"]);
        assert_found("群链接 https://qm.qq.com/q/ab12cd", GroupLink, &["https://qm.qq.com/q/ab12cd"]);
        // A server's home page or a channel handle is not an invite to a group.
        assert_none("see https://discord.com/developers/docs", GroupLink);
        // Any link, named a chat group's by the label right before it.
        assert_found("see the telegram link \nhttps://t.co/ab12", GroupLink, &["https://t.co/ab12"]);
        assert_found("电报群:https://x7.example/g", GroupLink, &["https://x7.example/g"]);
        assert_none("our telegram is busy. website: https://t.co/ab12", GroupLink);
        assert_none("电报群:https://x7.example/g", TelegramHandle);
        assert_none("https://t.me/cryptoking88", GroupLink);
        assert_none("https://wa.me", GroupLink);
    }

    #[test]
    fn signup_links() {
        // By the link's path, on a domain nobody has listed.
        assert_found("https://kq9x.top/register?x=1 快来", SignupLink, &["https://kq9x.top/register?x=1"]);
        assert_found("get it: zx81-app.com/download/android", SignupLink, &["zx81-app.com/download/android"]);
        assert_found("https://zx81-app.com/invite/qw8812", SignupLink, &["https://zx81-app.com/invite/qw8812"]);
        // By the label right before it, whatever the link looks like.
        assert_found("注册地址:https://fz9q2.cc/a", SignupLink, &["https://fz9q2.cc/a"]);
        assert_found("下载链接: fz9q2.cc", SignupLink, &["fz9q2.cc"]);
        assert_found("registration address: https://fz9q2.cc/", SignupLink, &["https://fz9q2.cc/"]);
        assert_found("sign up here:\nhttps://fz9q2.cc/", SignupLink, &["https://fz9q2.cc/"]);
        // A way around a block, maybe on a bulleted line of its own.
        assert_found("火币最新网址:kx7q.cc", SignupLink, &["kx7q.cc"]);
        assert_found("mirror domains:\n• kx7q-mirror.com", SignupLink, &["kx7q-mirror.com"]);
        // Ordinary links.
        assert_none("原文链接:https://news.example.com/2024/01/report.html", SignupLink);
        assert_none("see https://www.gov.cn/zhengce/content.htm", SignupLink);
        assert_none("the registration of the company at https://gov.example/reg-info ended", SignupLink);
    }

    #[test]
    fn coin_names() {
        assert_found("buy moonpepecoin now", CoinName, &["moonpepecoin"]);
        assert_found("babyinu and shibatoken", CoinName, &["babyinu", "shibatoken"]);
        assert_found("猫猫币要起飞", CoinName, &["猫猫币"]);
        // The name is at most three characters before 币, without the grammar words
        // that lead into it.
        assert_found("我昨天买了狗狗币", CoinName, &["狗狗币"]);
        assert_found("这个派币", CoinName, &["派币"]);
        // Nothing but a word pointing at one coin: that coin, unnamed.
        assert_found("这个币我上周说过要涨", CoinName, &["这个币"]);
        assert_found("该币将于周五上线", CoinName, &["该币"]);
        assert_none("a coin and a token", CoinName);
    }

    #[test]
    fn platform_names() {
        // A crypto stem and a business stem glued into one name, in either order: a coin's
        // name too, and a platform's.
        for (t, name) in [
            ("since i enrolled with virtualbtcinvest i made enough", "virtualbtcinvest"),
            ("started with $500 on bitcoinminerpro", "bitcoinminerpro"),
            ("join cryptotradefx today", "cryptotradefx"),
            ("profitbtc2 pays daily", "profitbtc2"),
        ] {
            assert_found(t, PlatformName, &[name]);
            assert_found(t, CoinName, &[name]);
        }
        // A hashtag glues words without naming anything; words apart are no name; `eth` is
        // no stem (`method`), nor is a stem alone.
        assert_none("#cryptotrading #bitcoinmining", PlatformName);
        assert_none("crypto trading and bitcoin mining", PlatformName);
        assert_none("the methodpro toolkit", PlatformName);
        assert_none("bitcoin is up", PlatformName);
    }

    #[test]
    fn telegram_negative() {
        for t in [
            "坐飞机 travel 去北京",
            "the tgz archive tgabcdef",
            "telegram is an app",
            "follow @elonmusk on twitter",
            "电报 mail me at abcde@gmail.com",
            "tg @ab",
        ] {
            assert_none(t, TelegramHandle);
        }
    }

    // ---- WeChat ------------------------------------------------------------------------

    #[test]
    fn wechat_positive() {
        assert_found("加v:abc12345了解", WechatId, &["加v:abc12345"]);
        assert_found("微信号:crypto_king", WechatId, &["微信号:crypto_king"]);
        assert_found("vx:abcdef", WechatId, &["vx:abcdef"]);
        // One letter, as ads write 微信: only with a colon, before an ID or a phone number.
        assert_found("诚心要的v:btc_xiaoyu668", WechatId, &["v:btc_xiaoyu668"]);
        assert_found("有需要 v: 13800138000", WechatId, &["v: 13800138000"]);
        assert_none("https://youtube.com/watch?v=dqw4w9wgxcq", WechatId);
        assert_none("season v abc_123 and v:20240101", WechatId);
        assert_found("加v13800138000领资料", WechatId, &["加v13800138000"]);
        assert_found("wechat id: moon_boy88 for details", WechatId, &["wechat id: moon_boy88"]);
        assert_found("薇信abc_12345", WechatId, &["薇信abc_12345"]);
        assert_found("微信 138-1234-5678", WechatId, &["微信 138-1234-5678"]);
        assert_found("+v wxid_abc123 👈", WechatId, &["+v wxid_abc123"]);
        assert_found("微信(abc123456)", WechatId, &["微信(abc123456"]);
        assert_found("威信 hello_world", WechatId, &["威信 hello_world"]);
        // The colon on the next line (a keyword written one character per line), or the
        // id on the line after the colon.
        assert_found("咨询微信\n:zhuihui_666", WechatId, &["微信\n:zhuihui_666"]);
        assert_found("微信号:\nabc_12345", WechatId, &["微信号:\nabc_12345"]);
    }

    #[test]
    fn wechat_negative() {
        for t in [
            "微信支付很方便",
            "微信 version 8.0.30",
            "wechat account for business",
            "微信 100000 用户",
            "call 13800138000 now",
            "wxpython is a gui toolkit",
            "vxabc123",
            "微信12亿用户",
        ] {
            assert_none(t, WechatId);
        }
    }

    // ---- QQ ----------------------------------------------------------------------------

    #[test]
    fn qq_positive() {
        assert_found("加qq:12345678咨询", QqId, &["qq:12345678"]);
        assert_found("qq群 987654321", QqId, &["qq群 987654321"]);
        assert_found("企鹅123456789", QqId, &["企鹅123456789"]);
        assert_found("my qq 10001 ok", QqId, &["qq 10001"]);
        assert_found("q群:55556666", QqId, &["q群:55556666"]);
    }

    #[test]
    fn qq_negative() {
        for t in ["qq音乐", "the qqq etf rose 12345", "qq 2023", "faqq 123456", "qq 012345", "qq 123456789012"] {
            assert_none(t, QqId);
        }
    }

    // ---- Invite codes ------------------------------------------------------------------

    #[test]
    fn invite_positive() {
        assert_found("注册填邀请码:abc123送红包", InviteCode, &["邀请码:abc123"]);
        assert_found("推荐码 8888", InviteCode, &["推荐码 8888"]);
        assert_found("返佣码cryptoking", InviteCode, &["返佣码cryptoking"]);
        assert_found("use referral code: bnb2024 now", InviteCode, &["referral code: bnb2024"]);
        assert_found("ref code x9y8z7", InviteCode, &["ref code x9y8z7"]);
        assert_found("invite code is moonboy", InviteCode, &["invite code is moonboy"]);
        let t = "https://www.binance.com/register?ref=abc123 注册";
        assert_found(t, InviteCode, &["ref=abc123"]);
        assert_found("okx.com/join?inviteCode=XY12".to_lowercase().as_str(), InviteCode, &["invitecode=xy12"]);
        assert_found("x.com/a?x=1&code=998877", InviteCode, &["code=998877"]);
        // `code` alone, before letters and digits mixed.
        assert_found("code tq7731 gets you 20 usdt", InviteCode, &["code tq7731"]);
    }

    #[test]
    fn invite_negative() {
        for t in [
            "邀请码已发送",
            "invite code below",
            "邀请码:abc",
            "promo code and more",
            "?x=1&page=2",
            "error code 404 again",
            "the code review is done",
            "zip code 90210",
        ] {
            assert_none(t, InviteCode);
        }
    }

    // ---- Addresses ---------------------------------------------------------------------

    const ETH: &str = "0x52908400098527886e0f7030069857d2e4169ee7";
    const BTC_LEGACY: &str = "1a1zp1ep5qgefi2dmptftl5slmv7divfna";
    const BTC_P2SH: &str = "3j98t1wpez73cnmqviecrnyiwrnqrhwnly";
    const BTC_BECH32: &str = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    const TRON: &str = "tr7nhqjekqxgtci8q8zy4pl8otszgjlj6t";

    #[test]
    fn addresses_positive() {
        let t = format!("转账地址{ETH}请核对");
        assert_found(&t, EthAddress, &[ETH]);
        let t = format!("send btc to {BTC_LEGACY}. or {BTC_P2SH}, or {BTC_BECH32}!");
        assert_found(&t, BtcAddress, &[BTC_LEGACY, BTC_P2SH, BTC_BECH32]);
        let t = format!("usdt(trc20)收款:{TRON}👍");
        assert_found(&t, TronAddress, &[TRON]);
        assert_none(&t, BtcAddress);
        let t = format!("地址𠀀{ETH}𠀀");
        assert_found(&t, EthAddress, &[ETH]);
    }

    #[test]
    fn labelled_addresses_of_any_chain() {
        let sol = "7xkxtg2cw87d97txjsdpbd5jbkhetqa83tzrujosgasu";
        assert_found(&format!("loading up now. ca: {sol}"), ContractAddress, &[sol]);
        assert_found(&format!("合约地址：{sol}"), ContractAddress, &[sol]);
        // An address with a shape of its own keeps its kind after a label.
        assert_found(&format!("ca: {ETH}"), EthAddress, &[ETH]);
        assert_found(&format!("contract: {TRON}"), TronAddress, &[TRON]);
        assert_none(&format!("ca: {ETH}"), ContractAddress);
        // Not without a label, nor a word or a number after one.
        assert_none(sol, ContractAddress);
        assert_none("contract: internationalizationandlocalization", ContractAddress);
        assert_none("ca: 12345678901234567890123456789012345", ContractAddress);
        // A dash or a space after the label; the ticker itself as the label.
        assert_found(&format!("ca-{sol}"), ContractAddress, &[sol]);
        assert_found(&format!("ca {sol}"), ContractAddress, &[sol]);
        assert_found(&format!("$abc\n{sol}\n\nthe team ships"), ContractAddress, &[sol]);
        assert_found(&format!("$abc / {sol}"), ContractAddress, &[sol]);
        assert_none(&format!("$abc is up. {sol}"), ContractAddress);
        assert_none("$abc\ninternationalizationandlocalizationx", ContractAddress);
    }

    #[test]
    fn addresses_negative() {
        let tx = "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b";
        for t in [
            "0x52908400098527886e0f7030069857d2e4169ee", // 39 hex
            tx,
            "the 0x prefix means hex",
            "thisisaverylongwordwithoutanydigitsatall",
            "1234567891234567891234567899",
            "3dprintingenthusiastsandmakers",
            "translationsandinternationalizat",
            "the color #ff0000 is red",
        ] {
            for k in [EthAddress, BtcAddress, TronAddress] {
                assert_none(t, k);
            }
        }
    }

    // ---- Price -------------------------------------------------------------------------

    #[test]
    fn price_positive() {
        assert_found("现在0.05u一个", CryptoAmount, &["0.05u"]);
        assert_found("only $1,200 today", Price, &["$1,200"]);
        assert_found("门票100元", Price, &["100元"]);
        assert_found("单价0.8,量大从优", Price, &["单价0.8"]);
        assert_found("收u 7.2元/u", CryptoAmount, &["7.2元/u"]);
        assert_found("汇率1u=7.3", CryptoAmount, &["汇率1u=7.3"]);
        assert_found("今日1u=7.3元", CryptoAmount, &["1u=7.3元"]);
        assert_found("¥99起", Price, &["¥99"]);
        assert_found("只要300 usdt", CryptoAmount, &["300 usdt"]);
        assert_found("投入1000 \nusdt\n,每天", CryptoAmount, &["1000 \nusdt"]);
        assert_found("usdt 7.25 收", CryptoAmount, &["usdt 7.25"]);
        assert_found("赚了100刀和5块钱", Price, &["100刀", "5块钱"]);
        assert_found("price: 0.5 usd", Price, &["price: 0.5 usd"]);
        assert_found("presale is live: $nova at 0.004 today", Price, &["$nova at 0.004"]);
        assert_found("loading $btc @ 65k", Price, &["$btc @ 65k"]);
    }

    #[test]
    fn price_negative() {
        for t in [
            "version v1.2.3",
            "2023年5月",
            "8:30开会",
            "100%",
            "买了1个u盘",
            "64gu盘",
            "abc100元",
            "5u型管",
            "room 101",
        ] {
            assert_none(t, Price);
        }
    }

    // ---- Percentage --------------------------------------------------------------------

    #[test]
    fn percentage_positive() {
        assert_found("涨了30%", Percentage, &["30%"]);
        assert_found("100% cotton", Percentage, &["100%"]);
        assert_found("收益百分之三十", Percentage, &["百分之三十"]);
        assert_found("this coin will 10x soon", Percentage, &["10x"]);
        assert_found("开10倍杠杆", Percentage, &["10倍"]);
        assert_found("百倍收益", Percentage, &["百倍"]);
        assert_found("日化1%,年化20%", Percentage, &["日化1%", "年化20%"]);
        assert_found("apy 12.5 %", Percentage, &["apy 12.5 %"]);
        assert_found("0.5x leverage", Percentage, &["0.5x"]);
    }

    #[test]
    fn percentage_negative() {
        for t in ["0x prefix", "1920x1080 screen", "3x3 grid", "version 1.2", "8:30", "倍数关系"] {
            assert_none(t, Percentage);
        }
    }

    // ---- ReturnPromise -----------------------------------------------------------------

    #[test]
    fn promise_positive() {
        assert_found("跟着做日赚500", ReturnPromise, &["日赚500"]);
        assert_found("轻松月入过万", ReturnPromise, &["月入过万"]);
        assert_found("日收益3%以上", ReturnPromise, &["日收益3%"]);
        assert_found("保本保息,稳赚不赔", ReturnPromise, &["保本", "稳赚不赔"]);
        assert_found("一周翻倍", ReturnPromise, &["翻倍"]);
        assert_found("we offer guaranteed 20% returns", ReturnPromise, &["guaranteed 20% returns"]);
        assert_found("double your btc today", ReturnPromise, &["double your"]);
        assert_found("2x your money", ReturnPromise, &["2x your"]);
        assert_found("passive income of $500", ReturnPromise, &["passive income of $500"]);
        assert_found("earn $300 per day", ReturnPromise, &["earn $300 per day"]);
        assert_found("how i made 10k in a month trading", ReturnPromise, &["made 10k in a month"]);
        assert_found("made $2,400 last week", ReturnPromise, &["made $2,400 last week"]);
        // A claim of gains in a span or of a profit, in any unit, with someone vouching for
        // it (how income claims sell an app or a "manager"); without, a diary.
        assert_found(
            "i just earned 0.002 btc in 10 minutes with this app! you can too",
            ReturnPromise,
            &["earned 0.002 btc in 10 minutes"],
        );
        assert_found("trading with mr. carl i made $12,000 in profit", ReturnPromise, &["made $12,000 in profit"]);
        assert_found("made 3 eth profit, dm me", ReturnPromise, &["made 3 eth profit"]);
        // Past tenses of getting tell the same story (`received`, `got`, `withdrew`).
        assert_found(
            "i already received $14,500 in profit, reach her on whatsapp",
            ReturnPromise,
            &["received $14,500 in profit"],
        );
        assert_found("got $900 every week with this bot", ReturnPromise, &["got $900 every week"]);
        assert_found("i got $900 back from the tax office, contact me", ReturnPromise, &[]);
        assert_found("i made $12,000 in profit last year, here is what i learned", ReturnPromise, &[]);
        assert_found("made 2 eth in 3 weeks. my admin said so", ReturnPromise, &[]);
        assert_found("earned 5 stars and made 3 mistakes, contact me", ReturnPromise, &[]);
        assert_found("earning $850 daily from home", ReturnPromise, &["earning $850 daily"]);
        assert_found("invest 100 usdt and receive 5 usdt every day", ReturnPromise, &["receive 5 usdt every day"]);
        assert_found("invest $500 get $40 daily for 30 days", ReturnPromise, &["get $40 daily"]);
        assert_found("3% daily returns", ReturnPromise, &["3% daily returns"]);
        assert_found("每天收益200u", ReturnPromise, &["每天收益200u"]);
        // The rate before its gain.
        assert_found("usdt 每周稳定 8% 收益", ReturnPromise, &["每周稳定 8% 收益"]);
        assert_found("30%+ daily earnings", ReturnPromise, &["30%+ daily earnings"]);
        assert_found("5% every week", ReturnPromise, &["5% every week"]);
        // Points of return (`个点`), maybe a range.
        assert_found("跟着我每天三到五个点", ReturnPromise, &["每天三到五个点"]);
        assert_found("每月稳定10个点", ReturnPromise, &["每月稳定10个点"]);
        // A gain offered every period, or earning as the reward of an act.
        assert_found("hold and receive weekly rewards!", ReturnPromise, &["receive weekly rewards"]);
        assert_found("just stake & earn", ReturnPromise, &["stake & earn"]);
        // Tasks done for a reward: a bounty or a task farm.
        assert_found("complete all missions and earn $50", ReturnPromise, &["complete all missions and earn"]);
        assert_found("finish the quests to claim", ReturnPromise, &["finish the quests to claim"]);
        assert_none("finish your homework tasks and get a sticker", ReturnPromise);
        assert_found("a play to earn game", ReturnPromise, &["play to earn"]);
    }

    #[test]
    fn promise_negative() {
        for t in [
            "日本旅游",
            "月入",
            "guarantee of quality",
            "double check",
            "today is a good day",
            "收益率下降",
            "3月12日5%的人",
            "每周有5%的人",
            "这一天三个点名的学生",
            "we receive daily newspapers",
            "join and learn",
        ] {
            assert_none(t, ReturnPromise);
        }
    }

    // ---- SignalResult ------------------------------------------------------------------

    #[test]
    fn signal_results() {
        assert_found("$sol hit our second target at 180", SignalResult, &["hit our second target"]);
        assert_found("all targets reached on eth", SignalResult, &["all targets reached"]);
        assert_found("tp2 done ✅", SignalResult, &["tp2 done"]);
        assert_found("bnb多单目标位已到达", SignalResult, &["目标位已到达"]);
        assert_found("止盈2全部达成", SignalResult, &["止盈2全部达成"]);
        assert_found("今天又是完美止盈", SignalResult, &["完美止盈"]);
        assert_none("we set a target for next year", SignalResult);
        assert_none("a hit song", SignalResult);
        assert_none("目标是做好服务", SignalResult);
    }

    // ---- GroupCall ---------------------------------------------------------------------

    #[test]
    fn group_call_shapes() {
        assert_found("everyone buy $zork at the open", GroupCall, &["everyone buy"]);
        // The act inflected, and a hold until a multiple alone.
        assert_found("18:00 sharp, everyone buys $zork", GroupCall, &["everyone buys"]);
        assert_found("nobody sells before 5x.", GroupCall, &["nobody sells before 5x"]);
        // A group's rule with `no`, a clock time without `at`, a reveal at a clock time.
        assert_found("we buy $grub 19:00. no sells till 3x.", GroupCall, &["buy $grub 19:00", "no sells till 3x"]);
        assert_none("no sells till the weekend, i am away", GroupCall);
        assert_none("i buy coffee for 3.50 every day", GroupCall);
        assert_found("top up usdt now. coin drops 20:00 gmt", GroupCall, &["coin drops 20:00"]);
        assert_none("the coin drops 20% after the unlock", GroupCall);
        assert_found("5 min. next message = the coin", GroupCall, &["next message = the coin"]);
        assert_found("today 21:00 we do coordinated buy on hexa", GroupCall, &["coordinated buy"]);
        assert_none("coordinated buying designed to move prices is illegal", GroupCall);
        assert_found("明晚拉盘,谁都不许砸!!", GroupCall, &["谁都不许砸"]);
        assert_none("大家不要恐慌卖出", GroupCall);
        assert_found("shill time. coin is $qlx.", GroupCall, &[". coin is $q"]);
        assert_found("admins posted vip coin is $dust", GroupCall, &["vip coin is $d"]);
        assert_none("my favorite coin is $sol", GroupCall);
        assert_none("nobody sells before 5 years of holding", GroupCall);
        assert_found("we go in at 9pm utc sharp", GroupCall, &["we go in at 9pm"]);
        assert_found("pump in 10 minutes. get ready", GroupCall, &["pump in 10 minutes"]);
        assert_found("pump incoming on binance in 30 minutes", GroupCall, &["pump incoming on binance in 30 minutes"]);
        assert_found("next signal in 5 minutes, be ready", GroupCall, &["signal in 5 minutes"]);
        assert_none("bitcoin gave a buy signal in 3 days of trading", GroupCall);
        assert_none("the pump was over in 30 minutes, data shows", GroupCall);
        assert_found("群里所有人一起买入，不许卖", GroupCall, &["所有人一起买入"]);
        assert_found("今晚九点大家统一挂单买入", GroupCall, &["九点大家统一挂单买入"]);
        assert_found("今晚20:00准时一起买入", GroupCall, &["20:00准时一起买入"]);
        assert_found("晚上8点准时冲", GroupCall, &["8点准时冲"]);
        assert_found("we buy $molt at exactly 18:00 utc", GroupCall, &["buy $molt at exactly 18:00 utc"]);
        // The time before the act, the act on a signal, the hold order, the caller's cue.
        assert_found("be in the group chat at 9 pm utc and buy", GroupCall, &["at 9 pm utc and buy"]);
        assert_found("buy the second the ca drops", GroupCall, &["buy the second the"]);
        assert_found("nobody sells until we double", GroupCall, &["nobody sells until we double"]);
        assert_none("nobody sells until they panic", GroupCall);
        assert_found("don't dump till we hit 2x", GroupCall, &["don't dump till we hit"]);
        assert_none("my advice: don't sell until we see a weekly close", GroupCall);
        assert_found("when i say load, you load", GroupCall, &["when i say load, you"]);
        assert_none("nobody sells at the bottom", GroupCall);
        assert_none("don't sell until you have held a year, for the tax", GroupCall);
        assert_none("when i say crypto, you think scam", GroupCall);
        // Advice not to sell, and a meeting time, are not calls.
        assert_none("never sell in a panic, hold your savings", GroupCall);
        assert_none("the team meets at 8pm est every friday", GroupCall);
        // A pump group's reveal and its scheduled event; not news of one, nor a launch date.
        assert_found("the coin name will be posted here at 17:00", GroupCall, &["coin name will be posted here"]);
        assert_found("coin reveal in 10 minutes!", GroupCall, &["coin reveal in 1"]);
        assert_found("next message will be the coin. buy fast", GroupCall, &["next message will be the coin"]);
        assert_found("our next big pump is on sunday", GroupCall, &["our next big pump"]);
        assert_found("the coin we have picked to pump today", GroupCall, &["picked to pump"]);
        assert_none("the token will be released next year on several exchanges", GroupCall);
        assert_none("the pump lasted only minutes before insiders sold", GroupCall);
        // Announced, counted down to, run by the group, revealed with a colon.
        assert_found("pump announcement: date sunday", GroupCall, &["pump announcement"]);
        assert_found("we have a huge pump lined up", GroupCall, &["pump lined up"]);
        assert_found("our next official pump will be on friday", GroupCall, &["our next official pump"]);
        assert_found("30 minutes until the pump", GroupCall, &["30 minutes until the pump"]);
        assert_found("1 day left until our big pump!", GroupCall, &["1 day left until our big pump"]);
        assert_found(
            "60 minutes left until the mexc_cex mega pump",
            GroupCall,
            &["60 minutes left until the mexc_cex mega pump"],
        );
        assert_found("the coin we are pumping today is wombat", GroupCall, &["coin we are pumping"]);
        assert_found("we will pump this coin way up", GroupCall, &["we will pump this coin"]);
        assert_found("coin is : $strike", GroupCall, &["coin is :"]);
        assert_found("our signal today is: bccoin", GroupCall, &["signal today is:"]);
        assert_none("the pump lasted 30 minutes and the price fell", GroupCall);
        assert_none("their pump was over in 30 minutes", GroupCall);
        assert_none("the coin is worth less than its fees", GroupCall);
        assert_none("we are pumping iron at the gym", GroupCall);
        // The group's habit, its event waited for, signed off to, called off.
        assert_found("we always re pump our coins", GroupCall, &["we always re pump our coins"]);
        assert_found("as we pump highly pumpable coins", GroupCall, &["we pump highly pumpable coins"]);
        assert_found("hold and wait for the next pump", GroupCall, &["wait for the next pump"]);
        assert_found("see you all at the next signal", GroupCall, &["see you all at the next signal"]);
        assert_found("pump is cancelled, we do it tomorrow", GroupCall, &["pump is cancelled"]);
        assert_none("we pump water from the well", GroupCall);
        assert_none("the pump was cancelled by the exchange, reports say", GroupCall);
        assert_none("see you at the next meetup", GroupCall);
    }

    // ---- CallToAction ------------------------------------------------------------------

    #[test]
    fn call_to_action_at_a_clause_start() {
        assert_found("buy $krab with eth now", CallToAction, &["buy"]);
        // After a Chinese sentence's end too (a mixed post on one line).
        assert_found("比特币在6万美元附近震荡。 snag $zeph on pancakeswap", CallToAction, &["snag"]);
        assert_found("listing next week. grab some before the pump", CallToAction, &["grab"]);
        assert_found("start trading over 350 coins today", CallToAction, &["start trading"]);
        assert_found("gm fam! ape in before the cex listing", CallToAction, &["ape in"]);
        // `get your` or `get some` before the thing (`get your $sol now on raydium`).
        assert_found("get your $sol now on raydium", CallToAction, &["get your"]);
        // A form or an application is a way in (`submit your form for vip membership`).
        assert_found("limited slots. submit your form for vip membership", CallToAction, &["submit your"]);
        assert_found("apply now for the premium channel", CallToAction, &["apply now"]);
        // `you can` leads into a call as `just` does (`you can buy $kas on mexc`).
        assert_found("you can buy $kas on mexc and gate", CallToAction, &["buy"]);
        // After a comma, when `now` or `today` ends it.
        assert_found("trading starts at 10:00 utc, deposit now!", CallToAction, &["deposit"]);
        assert_none("if you buy, sell now or later, it is up to you", CallToAction);
        // Or urgency after a few words: `today` closing it, `before` what will not wait.
        assert_found("it is on uniswap now, grab a bag before it moons", CallToAction, &["grab"]);
        assert_found("presale ends friday, secure your spot today.", CallToAction, &["secure"]);
        assert_none("when prices fell, we sold the house before the winter", CallToAction);
        // Or the call ends its line.
        assert_found("trading opens in 2 hours, set your orders", CallToAction, &["set"]);
        assert_none("we sold the house, bought a boat and sailed away", CallToAction);
        assert_none("i was going to buy, but before it loaded the price moved", CallToAction);
        assert_found("pool open: stake your tokens and earn", CallToAction, &["stake"]);
        assert_found("• sign up with the link below\n• deposit 50 usdt", CallToAction, &["sign up", "deposit"]);
        assert_found("so just load up on $pepe", CallToAction, &["load up on"]);
        assert_found("scoop up $meow before the weekend", CallToAction, &["scoop up"]);
        assert_found("stock up on $kas while it is cheap", CallToAction, &["stock up on"]);
        // After a question the answer's imperative starts a clause.
        assert_found("new to crypto? open your account on swapzy today", CallToAction, &["open your account"]);
    }

    #[test]
    fn call_to_action_not_in_statements_questions_or_negations() {
        // Not at a clause start: a statement about someone buying.
        assert_none("institutions keep buying bitcoin and whales buy the dip", CallToAction);
        // Negated: a warning.
        assert_none("don't buy tokens from strangers. never send coins to a giveaway", CallToAction);
        // A question asks, it does not call.
        assert_none("buy bitcoin now? here is what analysts say.", CallToAction);
        // A verb with nothing after it is a headline word, not a call.
        assert_none("buy.", CallToAction);
        // A verb before a gerund names an activity: a subject, not an imperative.
        assert_none("copy trading sounds easy until it is not. buy trading is off", CallToAction);
        assert_found("copy my trades on the app", CallToAction, &["copy"]);
        // A verb that is an adjective here (`long term`, `short time`) takes no position.
        assert_none("just bought more. long term holder. short time frames are noise", CallToAction);
        assert_found("long btc here", CallToAction, &["long"]);
        // A chat answer's first words lead into the call (`yes ser, buy on …`).
        assert_found("yes ser, buy on pancakeswap, ca in pinned", CallToAction, &["buy"]);
    }

    // ---- OfferOpen ---------------------------------------------------------------------

    #[test]
    fn offer_open_shapes() {
        // With no verb, a countdown or a clock time in a time zone; not a day.
        assert_found("$abc stealth launch in 10 min on uniswap", OfferOpen, &["stealth launch in 10 min"]);
        assert_found("public mint at 5pm utc, wl first", OfferOpen, &["mint at 5pm utc"]);
        assert_none("crypto trading today was flat", OfferOpen);
        assert_none("the launch in 2023 went badly", OfferOpen);
        assert_found("big news: resale is now live on the app", OfferOpen, &["is now live"]);
        assert_found("secondary market now open for all collections", OfferOpen, &["now open"]);
        assert_found("otc desk open 24/7 for large tickets", OfferOpen, &["open 24/7"]);
        // A sale said to be live without `is`, as a listing headline puts it.
        assert_found("new listing: $abc trading live on kucoin", OfferOpen, &["trading live"]);
        // A venue named by its handle, even on the next line.
        assert_found("10x perpetuals available now on \n@somedex_", OfferOpen, &["available now on \n@somedex_"]);
        assert_none("the token was listed on @bigexchange last year", OfferOpen);
        assert_found("the mint now live for holders", OfferOpen, &["mint now live"]);
        assert_none("a lively trading session", OfferOpen);
        // In Chinese: a service, maybe its channel and 已, then opening.
        assert_found("数字藏品寄售已开放", OfferOpen, &["寄售已开放"]);
        assert_found("提现通道正式上线", OfferOpen, &["提现通道正式上线"]);
        assert_none("商场今日开放", OfferOpen);
        assert_found("the vault is available to all holders", OfferOpen, &["is available to all"]);
        assert_none("the museum opens at nine and the shop is closed", OfferOpen);
        assert_none("the question is open to debate; the door was left open", OfferOpen);
        // What a platform lets its users do.
        assert_found("the new tab lets you instantly sell any item", OfferOpen, &["lets you instantly sell"]);
        assert_found("an in-game store where players can buy and sell", OfferOpen, &["players can buy"]);
        assert_found("heroes will be tradeable on open marketplaces", OfferOpen, &["tradeable on"]);
        assert_found("this allows holders to stake", OfferOpen, &["allows holders to stake"]);
        assert_none("you can read the report online; players can rest", OfferOpen);
        assert_none("this lets you listen to music offline", OfferOpen);
        // A sale opening at a time the reader can be there.
        assert_found("the presale of $abc starts tomorrow at 2pm", OfferOpen, &["presale of $abc starts tomorrow"]);
        assert_found("mint opens at 5pm utc for holders", OfferOpen, &["mint opens at 5pm utc"]);
        assert_found("our ido goes live in 2 hours", OfferOpen, &["ido goes live in 2 hours"]);
        assert_found("whitelist closes on friday", OfferOpen, &["whitelist closes on friday"]);
        assert_found("rewards program launching today", OfferOpen, &["program launching today"]);
        assert_none("the sale of the house starts a new chapter; mint tea opens the menu", OfferOpen);
        // What is left of an offer, or open around the clock.
        assert_found("private sale allocation still available", OfferOpen, &["still available"]);
        assert_found("otc desk online 24/7", OfferOpen, &["online 24/7"]);
    }

    // ---- OwnService --------------------------------------------------------------------

    #[test]
    fn own_service_shapes() {
        // In the first person, what the author helps people do with money: a service claim.
        assert_found("i help people grow their crypto portfolio. inbox me", ServiceClaim, &["i help people grow"]);
        assert_found(
            "we have helped clients invest in bitcoin safely",
            ServiceClaim,
            &["we have helped clients invest"],
        );
        assert_found("i teach beginners how to trade", ServiceClaim, &["i teach beginners how to trade"]);
        assert_found("i have helped over 200 clients grow", ServiceClaim, &["i have helped over 200 clients grow"]);
        assert_none("i help people grow", OwnService);
        assert_none("they help people grow vegetables", ServiceClaim);
        assert_none("i help people understand scams", ServiceClaim);
        assert_found("我已经帮助200多位朋友打理数字资产,想增值的私聊", ServiceClaim, &["我已经帮助200多位朋友打理"]);
        assert_found("我们专业带客户理财", ServiceClaim, &["我们专业带客户理财"]);
        assert_none("他帮朋友打理花店", ServiceClaim);
        // Said to the reader without a subject (`带你一起操作`), or in English with `i'll` or
        // `let me`.
        assert_found("每天稳定收益3%,带你一起操作", ServiceClaim, &["带你一起操作"]);
        assert_found("带大家一起上车", ServiceClaim, &["带大家一起上车"]);
        assert_none("带你了解区块链的历史", ServiceClaim);
        assert_none("帮助客户管理资产的银行", ServiceClaim);
        assert_none("价格预测的用处是帮你管理情绪,而不是帮你赚钱", ServiceClaim);
        assert_found("i'll teach you how to trade bitcoin", ServiceClaim, &["i'll teach you how to trade"]);
        assert_found("let me help you grow your crypto portfolio", ServiceClaim, &["let me help you grow"]);
        assert_none("let me help you understand the risks", ServiceClaim);
        assert_found("swap your eth for $woof on our dapp", OwnService, &["our dapp"]);
        assert_found("join my private signal group today", OwnService, &["my private signal group"]);
        assert_found("host your miners with us and get paid", OwnService, &["host your miners with us"]);
        assert_none("our reporter asked the police about the case", OwnService);
        assert_none("my family went to the market", OwnService);
    }

    // ---- Referral ------------------------------------------------------------

    #[test]
    fn referral_shapes() {
        assert_found(
            "open your account with my code and we both get 20 euros",
            Referral,
            &["with my code", "we both get"],
        );
        assert_found("my referral link is pinned above", Referral, &["my referral link"]);
        // A reward for trading: a contest, or the act and a figure it pays.
        assert_found("join the futures trading competition now", Referral, &["trading competition"]);
        assert_found("trade and earn 21588 hpb!", Referral, &["trade and earn 2"]);
        assert_found("sign up & refer to earn huge bonus", Referral, &["refer to earn huge bonus"]);
        assert_found("trade eth this week and share 50,000 usdt", Referral, &["trade eth this week and share 5"]);
        assert_found("deposit to win up to $500", Referral, &["deposit to win up to $5"]);
        assert_none("trade and earn a living from it", Referral);
        assert_none("we trade ideas and share them", Referral);
        assert_none("the trading volume of the contest doubled", Referral);
        // A reward for holding or staking, offered to whoever does it.
        assert_found(
            "stake your luma today and receive weekly rewards",
            Referral,
            &["stake your luma today and receive weekly rewards"],
        );
        assert_found("run a validator node and receive 5000 nod", Referral, &["run a validator node and receive 5"]);
        assert_found(
            "users who hold xas at the time of the snapshot will get the xct airdrop",
            Referral,
            &["users who hold xas at the time of the snapshot will get"],
        );
        assert_found(
            "will be distributed to wallets who deposit and hold",
            Referral,
            &["distributed to wallets who deposit"],
        );
        assert_found("users will share 150,000 fuse", Referral, &["users will share 1"]);
        // Said in the present, and a snapshot named by its day.
        assert_found(
            "everyone who holds 1,000 kora or more at friday's snapshot gets the airdrop",
            Referral,
            &["everyone who holds 1,000 kora or more at friday's snapshot gets"],
        );
        assert_found("hold kora at monday's snapshot", Referral, &["hold kora at monday's snapshot"]);
        assert_none("the airdrop snapshot for flx holders was taken on may 1", Referral);
        // In Chinese: a platform's bonus for joining or paying in, and for bringing others in.
        assert_found("新人充值满1000u送100u", Referral, &["充值满1000u送1"]);
        assert_found("注册即送体验金", Referral, &["注册即送体验金"]);
        assert_found("首充返50%手续费", Referral, &["首充返5"]);
        assert_found("完成认证，可领取20usdt", Referral, &["完成认证，可领取2"]);
        assert_found("邀请3位好友注册即可领取盲盒", Referral, &["邀请3位好友注册即可领取"]);
        assert_none("交易得到的币要及时提到钱包", Referral);
        assert_none("注册送礼品的活动已经结束", Referral);
        assert_none("邀请好友一起来看展", Referral);
        assert_none("hold on and receive the parcel at the door", Referral);
        assert_none("fees are distributed to stakers every week", Referral);
        assert_found("hold at least 500 abc at the snapshot", Referral, &["hold at least 500 abc at the snapshot"]);
        assert_found("fill in our invite code when you register", Referral, &["fill in our invite code"]);
        assert_found("get a 50 dollar trial bonus today", Referral, &["trial bonus"]);
        assert_found("10 usdt cashback when you deposit", Referral, &["cashback when you deposit"]);
        assert_none("use my phone to call the office", Referral);
        assert_none("the dress code at our office", Referral);
        assert_none("my promo video is on youtube", Referral);
        assert_none("she got a performance bonus when the year ended", Referral);
        // Trading fees given back: a rebate in other words.
        assert_found("up to 45% fee cashback on most big exchanges", Referral, &["fee cashback"]);
        assert_found("and you get 25% of your fees back every week", Referral, &["fees back"]);
        assert_found("a rebate on all trading fees", Referral, &["rebate on all trading fees"]);
        assert_found("enjoy 20% off trading fees", Referral, &["0% off trading fees"]);
        assert_found("i'll split my commission with you", Referral, &["split my commission"]);
        assert_none("the fees went back up and a feedback form", Referral);
        assert_none("we cut the fee by half", Referral);
        // With an article the kind must be there.
        assert_found("go through a rebate link like mine", Referral, &["through a rebate link"]);
        assert_found("sign up with the referral code below", Referral, &["sign up with the referral code"]);
        assert_none("use a link to the docs", Referral);
        // A reward for bringing others in.
        assert_found("earn 40 usdt for every friend you invite", Referral, &["for every friend you invite"]);
        assert_found("5 tokens per referral, paid weekly", Referral, &["per referral"]);
        assert_found("invite 3 friends and get a mystery box", Referral, &["invite 3 friends and get"]);
        assert_found("refer your friends to earn more", Referral, &["refer your friends to earn"]);
        assert_found("task: 900 abc\nreferral: ➕ 300 abc", Referral, &["referral: ➕ 3"]);
        assert_found("referral reward: 15% of their fees", Referral, &["referral reward"]);
        assert_none("limit two per user, one per customer", Referral);
        assert_none("invitation: 7pm at the hall, bring a friend", Referral);
        assert_none("the referral to a specialist took 3 weeks", Referral);
        assert_none("i will invite my friends to the party", Referral);
        // The act first and the bonus it earns, or the bonus on the act.
        assert_found("deposit now to get 10% bonus", Referral, &["deposit now to get 10% bonus"]);
        assert_found("register and claim your welcome reward", Referral, &["register and claim your welcome reward"]);
        assert_found("a 100% bonus on your first deposit", Referral, &["bonus on your first deposit"]);
        assert_none("deposit the cheque to get your money", Referral);
        assert_none("register to get a seat at the talk", Referral);
        // What a new user gets in a coin.
        assert_found("new users get 20 usdt", Referral, &["new users get 20 usdt"]);
        assert_found("the first 500 sign-ups receive 10 usdt", Referral, &["the first 500 sign-ups receive 10 usdt"]);
        assert_none("new users get 3 months free", Referral);
    }

    // ---- ContactAsk ----------------------------------------------------------

    #[test]
    fn contact_ask_shapes() {
        // Whom and the channel, or whom said to be reachable.
        assert_found("you can reach him on telegram", ContactAsk, &["reach him on telegram"]);
        assert_found("contact her via <rita () mail .x>", ContactAsk, &["contact her via <"]);
        assert_found("he can be contacted via email", ContactAsk, &["he can be contacted"]);
        assert_none("the news will reach them on monday", ContactAsk);
        assert_none("the rockets reach them by night", ContactAsk);
        assert_found("buying usdt at the best rate, message for quotes", ContactAsk, &["message for quotes"]);
        assert_found("reply to this post for pricing", ContactAsk, &["reply to this post for pricing"]);
        assert_found("first month free, ask me how.", ContactAsk, &["ask me how."]);
        // A provider of the recovery trade, named after a verb of writing to them.
        assert_found(
            "reach out to cyber recovery pro, they got my funds back",
            ContactAsk,
            &["reach out to cyber recovery pro"],
        );
        assert_found("i recommend ace hackers", ContactAsk, &["recommend ace hackers"]);
        assert_none("they call themselves a recovery agency", ContactAsk);
        assert_found("dm us to get the current rate", ContactAsk, &["dm us to get the current rate"]);
        assert_found(
            "message him directly for a free case review",
            ContactAsk,
            &["message him directly for a free case review"],
        );
        assert_none("a message for the family: we love you", ContactAsk);
        assert_none("call them for help", ContactAsk);
        assert_none("ask me how my day was", ContactAsk);
        assert_found("earning daily from home. ask me how 👇", ContactAsk, &["ask me how 👇"]);
        assert_found("he got it back in a day. contact him!\ndm me now", ContactAsk, &["contact him!", "dm me now"]);
        assert_none("text me when you land, call us tomorrow", ContactAsk);
        // A warning's `do not contact them` asks nothing.
        assert_none("it is a scam. do not contact them. never dm them!", ContactAsk);
        // Whom as a role: `our`/`my`/`the` and who answers.
        assert_found("large orders, online 24/7, contact our manager", ContactAsk, &["contact our manager"]);
        assert_found("message the admin for rates", ContactAsk, &["message the admin for rates"]);
        assert_found("dm our customer service now!", ContactAsk, &["dm our customer service now!"]);
        assert_none("our manager will contact the press today", ContactAsk);
        assert_found(
            "contact the account manager to open a line",
            ContactAsk,
            &["contact the account manager to open"],
        );
        assert_none("call them to say thanks", ContactAsk);
        assert_found("book a free consultation.", ContactAsk, &["book a free consultation"]);
        assert_found("request a quote today", ContactAsk, &["request a quote"]);
        assert_none("book a table for two", ContactAsk);
        // A keyword to answer with, in quotes: the bait that opens a private chat.
        assert_found("comment \"info\" and i'll send you the details", ContactAsk, &["comment \"info\" and"]);
        assert_found("type 'btc' below if you want my guide", ContactAsk, &["type 'btc' below if"]);
        assert_found("reply “yes” to get the link", ContactAsk, &["reply “yes” to get"]);
        // Quoted words in prose or a manual are no bait.
        assert_none("he wrote \"hello\" on the board. type \"yes\" to confirm", ContactAsk);
        // In Chinese: whom, an ask alone, or the interested reader and what to do.
        assert_found("项目方欢迎洽谈,联系商务经理即可", ContactAsk, &["欢迎洽谈", "联系商务"]);
        // A slogan sending the reader to a named service; not a deal that has come.
        assert_found("一站式开放金融生态，理财就来爱糯米。", ContactAsk, &["理财就来爱"]);
        assert_found("买币就上火星交易所", ContactAsk, &["买币就上火"]);
        assert_none("交易就来了，大家准备好", ContactAsk);
        assert_none("牛市的交易就上了一个台阶", ContactAsk);
        assert_none("炒币不如存钱，理财就来银行网点", ContactAsk);
        assert_found("有意者加群:749381062", ContactAsk, &["有意者加群"]);
        assert_found("需要的老板扫码加微信详聊", ContactAsk, &["需要的老板扫码"]);
        assert_found("价格私聊。", ContactAsk, &["价格私聊"]);
        // Not the footer of a repost, nor 加密 after 需要的.
        assert_none("本文转载自网络,如有侵权请联系我们删除。", ContactAsk);
        assert_none("我们需要的加密技术还不成熟", ContactAsk);
        // The clause ends at a full-width mark: a footer word in the sentence before does not count.
        assert_found("版权归原作者所有。联系我们。", ContactAsk, &["联系我们"]);
        assert_found("出金总被风控?\n我们专做承兑。需要的老板扫码加微信", ContactAsk, &["需要的老板扫码"]);
    }

    // ---- TickerAmount --------------------------------------------------------

    /// The ticker amounts of `original` (typed as is; the detector sees it lower-cased).
    fn tickers(original: &str) -> Vec<String> {
        let norm = original.to_lowercase();
        assert_eq!(norm.len(), original.len());
        let caps = |s: usize, e: usize| original.as_bytes()[s..e].iter().all(u8::is_ascii_uppercase);
        let mut v = Vec::new();
        det().find_ticker_amounts(&norm, caps, &mut v);
        v.iter().map(|d| original[d.start..d.end].to_string()).collect()
    }

    #[test]
    fn ascii_digits_are_all_found() {
        for text in ["", "7", "abc", "a1b2c3d4e5f6g7h8i9", "比特币1万", "12345678901234567", "x9y/z:0@"] {
            let slow: Vec<usize> =
                text.bytes().enumerate().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
            assert_eq!(ascii_digits(text.as_bytes()).collect::<Vec<_>>(), slow, "{text:?}");
        }
    }

    #[test]
    fn ticker_amount_shapes() {
        assert_eq!(tickers("Users will share 150,000 FUSE, 70% for borrowers"), ["150,000 FUSE"]);
        assert_eq!(tickers("receive 3000 ADM compensation and 2.5M TKN"), ["3000 ADM", "2.5M TKN"]);
        assert_eq!(
            tickers("Reward: up to $4 worth of XTRA + $1K worth of XTRA"),
            ["4 worth of XTRA", "1K worth of XTRA"]
        );
        assert!(tickers("$20 worth of snacks and 5 worth of USD").is_empty());
        // Money, units and times; lower case; a heading in capitals; a longer word.
        assert!(tickers("costs 300 USD, leaves at 10 AM, 5 KM away").is_empty());
        assert!(tickers("we bought 300 apples and 2 Pears").is_empty());
        assert!(tickers("TOP 10 WAYS TO EARN MONEY ONLINE").is_empty());
        assert!(tickers("add 100 BANANAS to the cart; model X5 TURBO").is_empty());
    }

    // ---- VenuePick -----------------------------------------------------------
    #[test]
    fn venue_pick_shapes() {
        assert_found("best bitcoin exchange for beginners", VenuePick, &["best bitcoin exchange"]);
        assert_found("the exchange i use for alts", VenuePick, &["exchange i use"]);
        assert_found("the platform we've been trading on", VenuePick, &["platform we've been trading on"]);
        assert_found("honestly i only use this one", VenuePick, &["i only use this one"]);
        assert_found("我一直用的交易所，手续费低", VenuePick, &["我一直用的交易所"]);
        assert_found("最靠谱的平台就是它", VenuePick, &["最靠谱的平台"]);
        assert_found("我平时在用的币圈平台", VenuePick, &["我平时在用的币圈平台"]);
        // A ranking in the news, a place without a pick, a pick of something else.
        assert_none("the top exchanges by volume reported losses", VenuePick);
        assert_none("the exchange said it would stop service", VenuePick);
        assert_none("the best pizza in town", VenuePick);
        assert_none("我用的是苹果手机", VenuePick);
    }

    // ---- AccessTip -----------------------------------------------------------

    #[test]
    fn access_tip_shapes() {
        assert_found(
            "exchange blocked in your country? use this mirror link",
            AccessTip,
            &["blocked in your country", "mirror link"],
        );
        assert_found("trade as usual, no kyc needed", AccessTip, &["no kyc"]);
        assert_found(
            "swap btc to usdt with no registration and no id check",
            AccessTip,
            &["no registration", "no id check"],
        );
        assert_none("no id was found at the scene", AccessTip);
        assert_found("主站被墙的用这几个,不用梯子直接登", AccessTip, &["主站被墙", "不用梯子"]);
        assert_none("他家的梯子质量不错", AccessTip);
        assert_found("用这个备用地址就能正常登录", AccessTip, &["备用地址"]);
        assert_found("国内免翻墙直接注册", AccessTip, &["免翻墙"]);
        assert_none("we restore the backup from tape every night", AccessTip);
        assert_none("公司的新地址在三楼", AccessTip);
    }

    // ---- WalletAsk -----------------------------------------------------------

    #[test]
    fn wallet_ask_shapes() {
        assert_found("follow, retweet and drop your wallet below", WalletAsk, &["drop your wallet"]);
        assert_found("comment your sol address for the drop", WalletAsk, &["comment your sol address"]);
        assert_found("关注转发,评论区留下钱包地址", WalletAsk, &["留下钱包地址"]);
        assert_found("回复你的trc20地址", WalletAsk, &["回复你的trc20地址"]);
        assert_none("留下地址和电话，我们寄给你", WalletAsk);
        assert_none("leave the address field empty", WalletAsk);
    }

    // ---- GroupInvite -------------------------------------------------------------------

    #[test]
    fn group_invite_shapes() {
        assert_found("follow on twitter or join on telegram to follow up", GroupInvite, &["join on telegram"]);
        assert_found("hop into our discord for tonight's play", GroupInvite, &["hop into our discord"]);
        assert_found("join the vip signals channel today", GroupInvite, &["join the vip signals channel"]);
        assert_found("join our group before the launch", GroupInvite, &["join our group"]);
        assert_found("tomorrow's picks: link in bio", GroupInvite, &["link in bio"]);
        assert_found("dm me for an invite", GroupInvite, &["dm me for an invite"]);
        assert_found("for analysis details, see the telegram link", GroupInvite, &["see the telegram link"]);
        assert_none("she decided to join a group of hikers", GroupInvite);
        assert_none("join the meeting at noon", GroupInvite);
        assert_none("message me for the recipe", GroupInvite);
        assert_found("还没上车的抓紧,链接在评论区。", GroupInvite, &["链接在评论区"]);
        assert_found("群号已放在主页", GroupInvite, &["群号已放在主页"]);
        assert_none("评论区的链接都是广告", GroupInvite);
        // `our`/`my` and any one or two words before a group's noun.
        assert_found("join our crypto trading group today", GroupInvite, &["join our crypto trading group"]);
        assert_none("join our crypto trading today", GroupInvite);
        // Chinese: a verb of joining, maybe whose, a few characters of kind, a group.
        assert_found("兄弟们加群同步进度！", GroupInvite, &["加群"]);
        assert_found("欢迎加入我们的交流群，一起学习", GroupInvite, &["加入我们的交流群"]);
        assert_found("扫码进粉丝群领资料", GroupInvite, &["扫码进粉丝群"]);
        assert_none("他们加入群众的队伍", GroupInvite);
        assert_none("增加了一群新用户", GroupInvite);
    }

    #[test]
    fn a_link_next_to_a_group_invitation_is_the_groups_way_in() {
        // Any host, and a Telegram handle's link: the words name it a group's.
        assert_found("join our crypto trading group: https://example.com/abc", GroupLink, &["https://example.com/abc"]);
        assert_found(
            "crypto traders - join telegram\n\nhttps://t.me/whales_club",
            GroupLink,
            &["https://t.me/whales_club"],
        );
        assert_found("兄弟们加群同步进度！\n\nt.me/mars_club", GroupLink, &["t.me/mars_club"]);
        // After the link, close by.
        assert_found("https://t.me/abc_group join our vip group", GroupLink, &["https://t.me/abc_group"]);
        // No invitation, or one too far from the link: the link is what it is.
        assert_none("read the report: https://example.com/abc", GroupLink);
        let far = format!("join our group today. {} details: https://example.com/abc", "word ".repeat(30));
        assert_none(&far, GroupLink);
    }

    // ---- SaleOffer ---------------------------------------------------------------------

    #[test]
    fn things_put_up_for_sale() {
        assert_found("usdt for sale, dm for price", SaleOffer, &["for sale", "dm for price"]);
        assert_found("3 punks up for sale. open to offers", SaleOffer, &["up for sale", "open to offers"]);
        assert_none("the forsale tag and wholesale prices", SaleOffer);
    }

    // ---- Attribution ---------------------------------------------------------------------

    #[test]
    fn a_report_names_its_source() {
        assert_found("据官方公告，okx 将上线永续合约", Attribution, &["据官方公告"]);
        assert_found("交易所称，根据媒体报道，平台已关闭", Attribution, &["根据媒体报道"]);
        // `据` inside another word, or no source after it.
        assert_none("数据报告显示用户增长", Attribution);
        assert_none("据说很多人赚了，快来注册", Attribution);
    }

    // ---- TokenSheet --------------------------------------------------------------------

    #[test]
    fn a_tokens_sales_sheet_takes_different_fields() {
        let sheet = "tokenomics:\ntotal supply: 1,000,000,000\nbuy tax 4%, sell tax 4%\nliquidity locked for a year";
        assert_found(sheet, TokenSheet, &["tokenomics:\ntotal supply", "sell tax 4%\nliquidity locked"]);
        // A field is known by its last word: two kinds of supply are one field.
        assert_none("burns cut the active supply, the total supply and the max supply stay", TokenSheet);
        // Too far apart to be one sheet.
        let far = format!("the total supply is fixed. {} ownership renounced", "x ".repeat(320));
        assert_none(&far, TokenSheet);
        assert_none("a buy taxi to the total supplyside economics", TokenSheet);
    }

    // ---- AnonymizedName ----------------------------------------------------------------

    #[test]
    fn a_surname_and_mou_name_a_person_in_a_report() {
        assert_found("鲍某欣然同意，然而购入后，鲍某的账户被清空。", AnonymizedName, &["鲍某", "鲍某"]);
        assert_found("被告人张某某通过微信群招揽", AnonymizedName, &["张某某"]);
        assert_found("莫名其妙的李某联系客服", AnonymizedName, &["李某"]);
        // "A certain": after a verb that ends in a surname's character, or before a classifier.
        assert_none("如何提高某币种的收益", AnonymizedName);
        assert_none("王某些时候会来", AnonymizedName);
        assert_none("在某平台注册", AnonymizedName);
    }

    // ---- FloorPrice --------------------------------------------------------------------

    #[test]
    fn floor_price_shapes() {
        assert_found("selling 2, floor is 0.31 rn", FloorPrice, &["floor is 0.31"]);
        assert_found("floor price: 1.2 eth, listing at 1.1", FloorPrice, &["floor price: 1.2 eth"]);
        assert_found("floor 30 eth", FloorPrice, &["floor 30 eth"]);
        assert_found("出一个 地板 0.42e 我挂0.55", FloorPrice, &["地板 0.42e"]);
        assert_found("按地板价9折收", FloorPrice, &["地板价9折"]);
        assert_none("the office is on floor 3, room 12", FloorPrice);
        assert_none("这块地以地板价1.2万元每平方米成交", FloorPrice);
        assert_none("地板 3 块钱一平", FloorPrice);
        assert_none("小区地板价 1.2 万", FloorPrice);
        // A verb or two between the floor and its price.
        assert_found("floor's sitting at 0.4 and climbing", FloorPrice, &["floor's sitting at 0.4"]);
        assert_found("神兽地板涨到1.2e了", FloorPrice, &["地板涨到1.2e"]);
    }

    // ---- WalletThreat / KeywordReply ---------------------------------------------------

    #[test]
    fn wallet_threats() {
        let t = "all vaultly wallets must be re-validated to avoid temporary suspension.";
        assert_found(t, WalletThreat, &["wallets must be re-validated to avoid temporary suspension"]);
        let t = "wallet users must upgrade before monday or assets will be frozen.";
        assert_found(t, WalletThreat, &["wallet users must upgrade before monday or assets will be frozen"]);
        assert_found(
            "您的钱包存在异常,否则资产将在24小时内冻结",
            WalletThreat,
            &["钱包存在异常,否则资产将在24小时内冻结"],
        );
        assert_none("my wallet was lost on the bus. the bank will freeze the card", WalletThreat);
        assert_none("您的银行账户将被冻结", WalletThreat);
    }

    #[test]
    fn keyword_replies() {
        assert_found("感兴趣的读者可在后台回复「vtx」获取通道", KeywordReply, &["后台回复「vtx」"]);
        assert_found("评论区留言“上车”拉你进群", KeywordReply, &["留言“上车”拉你"]);
        assert_found("dm me 'alpha' for an invite", KeywordReply, &["dm me 'alpha' for"]);
        assert_none("reply to this post if you agree", KeywordReply);
        assert_none("他回复说“不知道”", KeywordReply);
        assert_none("他回复“不知道”。本周首发“青铜纪”系列", KeywordReply);
    }

    // ---- NewsTag -----------------------------------------------------------------------

    #[test]
    fn news_tags_open_a_line() {
        assert_found("now: btc falls below $84,000", NewsTag, &["now:"]);
        assert_none("new: leveraged tokens, trade now on our app", NewsTag);
        assert_found("🚨 breaking: etf approved\njust in: more", NewsTag, &["breaking:", "just in:"]);
        assert_none("sign up now: https://x.example", NewsTag);
        assert_none("what's new: our app", NewsTag);
    }

    // ---- CryptoPayment ------------------------------------------------------------------

    #[test]
    fn crypto_payment_shapes() {
        assert_found("we now accept usdt and btc", CryptoPayment, &["we now accept usdt"]);
        assert_found("🙋 bet with $btc via ⟶ https://t.co/x", CryptoPayment, &["bet with $btc"]);
        assert_none("i bet with friends on the game", CryptoPayment);
        assert_found("now accepting bitcoin!", CryptoPayment, &["now accepting bitcoin"]);
        assert_found("accept crypto payments in your store", CryptoPayment, &["accept crypto payments"]);
        assert_none("shops there must accept bitcoin payments", CryptoPayment);
        assert_found("crypto payments welcome!", CryptoPayment, &["crypto payments welcome"]);
        assert_found("sale! pay with usdt and get 10% off", CryptoPayment, &["pay with usdt"]);
        assert_found("本店支持usdt支付", CryptoPayment, &["支持usdt支付"]);
        assert_none("tesla said it would accept bitcoin again", CryptoPayment);
        assert_none("some users pay with bitcoin, data shows", CryptoPayment);
        assert_none("we accept cash and cards", CryptoPayment);
    }

    // ---- FiatRail ----------------------------------------------------------------------

    #[test]
    fn fiat_rail_shapes() {
        assert_found("◦ busd to gcash\n◦ bnb to gcash", FiatRail, &["busd to gcash", "bnb to gcash"]);
        assert_found("i can do 5k usdt at 1.02, pm me", FiatRail, &["5k usdt at 1.02"]);
        assert_found("10k u @ 7.2 today", FiatRail, &["10k u @ 7.2"]);
        // A Chinese desk's opener at a clause start; not a verb inside another word.
        assert_found("长期收各种币，现结", FiatRail, &["长期收各种币"]);
        assert_found("高价回收主流币。收usdt", FiatRail, &["高价回收主流币", "收usdt"]);
        assert_none("钱包可以接收比特币，该公司推出比特币etf", FiatRail);
        assert_none("在群内发布收购、出售usdt的报价，出售usdt的人", FiatRail);
        assert_found("exchange btc to usdt in seconds", FiatRail, &["exchange btc to usdt"]);
        assert_found("swap your 2 eth for usdc", FiatRail, &["swap your 2 eth for usdc"]);
        assert_none("the btc to usdt ratio fell; eth for sol traders", FiatRail);
        assert_found("selling 2 eth, paypal accepted, dm", PaymentTerms, &["eth, paypal accepted"]);
        assert_found("500 usdt, revolut or wise preferred", PaymentTerms, &["usdt, revolut or wise preferred"]);
        assert_none("usdt in stock. zelle only", PaymentTerms);
        // The way to pay named before the rail, after a coin in the sentence.
        assert_found(
            "need someone to buy my 500 usdt, i accept wise or revolut",
            PaymentTerms,
            &["usdt, i accept wise or revolut"],
        );
        assert_found("wtb 10k usdt, paying inr via upi", PaymentTerms, &["usdt, paying inr via upi"]);
        assert_none("i accept paypal for the bike. eth is up", PaymentTerms);
        assert_found("change your paypal balance to usdt", FiatRail, &["paypal balance to usdt"]);
        // The window 40 bytes back cuts `wbtc` to `btc`: no coin there.
        assert_none("wbtc, several other tokens rose today,   paypal accepted", PaymentTerms);
        assert_none("we met at 5 at the cafe", FiatRail);
        assert_found("paypal → btc, fast", FiatRail, &["paypal → btc"]);
        assert_found("收u换支付宝秒到", FiatRail, &["u换支付宝"]);
        assert_found("usdt可以提现到银行卡吗", FiatRail, &["usdt可以提现到银行卡"]);
        assert_none("i paid for the books by paypal", FiatRail);
        assert_none("you换支付宝", FiatRail);
        // An OTC desk's opener: the reader asked whether they want a coin.
        assert_found("anyone need usdt? i got 20k ready", FiatRail, &["anyone need usdt"]);
        assert_found("dm me if you want btc below market", FiatRail, &["if you want btc"]);
        assert_none("anyone need a ride to the airport?", FiatRail);
        // A desk saying what it trades.
        assert_found("we buy usdt at 7.2, fast payment", FiatRail, &["we buy usdt"]);
        assert_found("we're selling btc, any amount", FiatRail, &["we're selling btc"]);
        assert_none("we sell used cars and buy scrap", FiatRail);
    }

    // ---- KeyAsk -------------------------------------------------------------------------

    #[test]
    fn key_ask_shapes() {
        assert_found("enter your 12-word recovery phrase at the link", KeyAsk, &["enter your 12-word recovery phrase"]);
        assert_found("paste your secret phrase below", KeyAsk, &["paste your secret phrase"]);
        assert_found("submit the private key to verify", KeyAsk, &["submit the private key"]);
        assert_found("请输入您的钱包助记词完成验证", KeyAsk, &["输入您的钱包助记词"]);
        // A seed phrase named by its count of words.
        assert_found("validate here: enter your 12 word phrase to verify", KeyAsk, &["enter your 12 word phrase"]);
        assert_found("just paste your 24 words below", KeyAsk, &["paste your 24 words"]);
        assert_none("enter your 6 digit code", KeyAsk);
        assert_none("type 12 words about your day", KeyAsk);
        assert_none("write the phrase on paper", KeyAsk);
        assert_none("enter your email address", KeyAsk);
        // The wallet itself put in a drainer's hands, with a filler or a brand between.
        assert_found("打开小程序授权一下你的钱包即可领取", KeyAsk, &["授权一下你的钱包"]);
        assert_found("先验证您的钱包再提现", KeyAsk, &["验证您的钱包"]);
        assert_found("authorize your trust wallet to claim", KeyAsk, &["authorize your trust wallet"]);
        assert_found("sync ur wallet here", KeyAsk, &["sync ur wallet"]);
        assert_none("connect your wallet to the dapp", KeyAsk);
        assert_none("unlock your wallet with your password", KeyAsk);
        assert_none("公司授权书已经盖章", KeyAsk);
        assert_none("please validate your ticket at the gate", KeyAsk);
        assert_found("enter your 12 or 24-word recovery phrase", KeyAsk, &["enter your 12 or 24-word recovery phrase"]);
    }

    // ---- SignalOffer -------------------------------------------------------------------

    #[test]
    fn signal_offer_shapes() {
        assert_found("get free trading alerts via telegram", SignalOffer, &["free trading alerts"]);
        assert_found(
            "daily crypto signals and vip futures calls",
            SignalOffer,
            &["daily crypto signals", "vip futures calls"],
        );
        assert_found("our gem calls hit again", SignalOffer, &["gem calls"]);
        assert_found("come join the telegram trading channel", SignalOffer, &["trading channel"]);
        assert_found("a collective cryptocurrency pump group", SignalOffer, &["pump group"]);
        assert_none("the rsi gave buy signals and i set price alerts", SignalOffer);
        assert_none("trading hours and crypto news", SignalOffer);
    }

    // ---- MarketQuote -------------------------------------------------------------------

    #[test]
    fn market_quote_shapes() {
        assert_found("got eth? i pay above market, same day", MarketQuote, &["i pay above market"]);
        assert_found("we buy usdt 2% over the market rate", MarketQuote, &["we buy usdt 2% over the market"]);
        assert_found("fast release. selling below market, dm", MarketQuote, &["selling below market"]);
        assert_found("我这低于市价2%收,也可以低于市价出", MarketQuote, &["低于市价2%收", "低于市价出"]);
        assert_found("高于市价两个点收", MarketQuote, &["高于市价两个点收"]);
        assert_found("收价高于市价", MarketQuote, &["收价高于市价"]);
        assert_none("prices fell below market expectations", MarketQuote);
        assert_none("the stock traded above market open", MarketQuote);
        assert_none("低于市价的房子很快卖完了", MarketQuote);
        // A clause that opens with the verb and an amount of stablecoin: 出u with the amount.
        assert_found("出 5000u 7.18 走,支付宝都行", MarketQuote, &["出 5000u"]);
        assert_found("今天,收1000usdt,秒结", MarketQuote, &["收1000usdt"]);
        assert_none("我出了5000u", MarketQuote);
        assert_none("他出5000u的时候", MarketQuote);
        assert_none("买100个u盘", MarketQuote);
        // A dealer's board: both sides, each with its price.
        assert_found("we quote usdt/hkd buy 7.79 sell 7.83, ping the desk", MarketQuote, &["buy 7.79 sell 7.83"]);
        assert_found("今日u价 买入 7.21 | 卖出 7.26", MarketQuote, &["买入 7.21 | 卖出 7.26"]);
        assert_none("buy 2 get 1 free, sell out soon", MarketQuote);
    }

    // ---- RateOffer ---------------------------------------------------------------------

    #[test]
    fn rate_offer_shapes() {
        assert_found("flexible savings: earn 0.5% daily", RateOffer, &["earn 0.5% daily"]);
        assert_found("get up to 12% apy on usdt", RateOffer, &["get up to 12% apy"]);
        assert_found("pool yields 18% apr", RateOffer, &["18% apr"]);
        assert_found("invest 100 usdt and receive 5 usdt every day", RateOffer, &["invest 100 usdt and receive 5"]);
        assert_found("deposit $500, get $40 daily", RateOffer, &["deposit $500, get $4"]);
        assert_none("i invested 100 dollars and got nothing back; deposit 20 to play", RateOffer);
        assert_none("bitcoin fell 3% a day for a week", RateOffer);
        assert_none("inflation was 2% last year", RateOffer);
        // The modifier before the rate: a product's terms (`fixed 14% a year`).
        assert_found("my usdc in their earn, fixed 14% a year", RateOffer, &["fixed 14% a year"]);
        assert_none("a fixed 14% share of the market", RateOffer);
    }

    // ---- Cross-cutting -----------------------------------------------------------------

    #[test]
    fn offsets_sorted_and_non_overlapping() {
        let t = format!(
            "🚀🚀加v:abc12345,tg:@moon_king,qq:12345678,邀请码:x8y9z0,https://okx.com/join?ref=ab12,地址{ETH},0.05u,30%,日赚500𠀀"
        );
        let v = run(&t);
        assert!(v.windows(2).all(|w| w[0].start <= w[1].start));
        for k in DetectorKind::ALL {
            let same: Vec<_> = v.iter().filter(|d| d.kind == k).collect();
            assert!(same.windows(2).all(|w| w[0].end <= w[1].start), "{k} overlaps");
        }
        for d in &v {
            assert!(t.is_char_boundary(d.start) && t.is_char_boundary(d.end));
        }
        let kinds: std::collections::BTreeSet<_> = v.iter().map(|d| d.kind).collect();
        for k in [
            WechatId,
            TelegramHandle,
            QqId,
            InviteCode,
            ExchangeDomain,
            EthAddress,
            CryptoAmount,
            Percentage,
            ReturnPromise,
        ] {
            assert!(kinds.contains(&k), "missing {k}: {v:?}");
        }
    }

    #[test]
    fn appends_after_existing() {
        let mut v = vec![Detection { kind: Url, start: 999, end: 1000 }];
        det().detect("30% off", &mut v);
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].start, 999);
        assert_eq!(v[1].kind, Percentage);
    }

    #[test]
    fn emoji_and_rare_cjk_do_not_panic() {
        let t = "𠀀😀加v:𠀀😀abc123😀微信😀tg@😀@😀𠀀.com😀$😀1😀%😀0x😀t.me/😀";
        let v = run(t);
        for d in &v {
            let _ = &t[d.start..d.end];
        }
        // Every byte-length prefix that is a char boundary.
        for (i, _) in t.char_indices() {
            let _ = run(&t[..i]);
            let _ = run(&t[i..]);
        }
    }

    #[test]
    fn one_megabyte_random_finishes() {
        let pieces = [
            "a",
            "b",
            "1",
            "0",
            ".",
            "@",
            "%",
            "x",
            "u",
            "元",
            "微信",
            "v:",
            "tg",
            "qq",
            "邀请码",
            "倍",
            "😀",
            "𠀀",
            " ",
            "http://",
            "www.",
            "com",
            "/",
            "?ref=",
            "0x",
            "bc1",
            "$",
            "日赚",
            ",",
            ":",
        ];
        let mut s = String::with_capacity(1 << 20);
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        while s.len() < (1 << 20) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push_str(pieces[(x % pieces.len() as u64) as usize]);
        }
        // Time is measured where it can be compared (tests/limits.rs: 8x the text must
        // take less than 24x the time); here, what comes out must be well formed.
        let v = run(&s);
        assert!(v.len() > 1000, "a megabyte of these pieces holds detections: {}", v.len());
        for d in &v {
            assert!(d.start < d.end, "{d:?}");
            assert!(s.is_char_boundary(d.start) && s.is_char_boundary(d.end), "{d:?}");
        }
    }

    #[test]
    fn trade_levels() {
        assert_found("eth多单:入场价2300,止损2250", TradeLevel, &["入场价2300", "止损2250"]);
        assert_found("btc long entry 61000 tp1 63000 sl 60000", TradeLevel, &["entry 61000", "tp1 63000", "sl 60000"]);
        assert_none("the entry fee is waived; target audience: students", TradeLevel);
        // A ticker between the level and its number.
        assert_found(
            "entry zone for $sol 140-145, tp on eth: 2500",
            TradeLevel,
            &["entry zone for $sol 140", "tp on eth: 2500"],
        );
        assert_none("our target for 2025 is 30 new stores", TradeLevel);
        // An order with its level: `at` after the order or its cashtag, `under` or `below`
        // after a word.
        assert_found(
            "accumulate req under 1000 sats, buy $neo at 95, sell @ 2500",
            TradeLevel,
            &["accumulate req under 1000", "buy $neo at 95", "sell @ 2500"],
        );
        assert_none("buy bread at 7, buy tickets at the door", TradeLevel);
        // `from` as `at` (`btc long from 64,200`); an hour is no price.
        assert_found("btc long from 64,200, target 68k", TradeLevel, &["long from 64,200", "target 68"]);
        assert_none("we sell from 9 am to 5 pm", TradeLevel);
        assert_none("buy $molt at 18:00 utc", TradeLevel);
        assert_found("sell @ 2500 amid the rally", TradeLevel, &["sell @ 2500"]);
        // Where the order's price stands after its ticker (`around`, `now`); `stop` and `exit`
        // as levels.
        assert_found(
            "buy kava around 0.61, short eth now 3350",
            TradeLevel,
            &["buy kava around 0.61", "short eth now 3350"],
        );
        assert_found(
            "entry 0.0011, exit 0.0016, stop 0.0009",
            TradeLevel,
            &["entry 0.0011", "exit 0.0016", "stop 0.0009"],
        );
        assert_none("the bus stops at 9; take the exit to the park", TradeLevel);
    }

    #[test]
    fn trade_calls_pair_an_entry_with_its_exit() {
        assert_found("eth多单:入场价2300,止损2250", TradeCall, &["入场价2300"]);
        assert_found("entry: 1.9249\ntarget:1.93414\nstop loss 1.90", TradeCall, &["entry: 1.9249"]);
        // Levels of analysis, an entry without its exit, an exit without an entry.
        assert_none("btc支撑位60000,压力位65000", TradeCall);
        assert_none("entry 61000 and that is all i will say", TradeCall);
        assert_none("tp1 63000 sl 60000", TradeCall);
        // The card's head names what it trades (`card-ticker`), known to the lexicon or not.
        assert_found("nova    多\n进场位置:1.20-1.15\n目标位置;1.40\n止损:1.08", CardTicker, &["nova"]);
        assert_found("$kelp\n\nentry 0.031\ntarget 0.04", CardTicker, &["kelp"]);
        assert_found("hbar4h收盘低于0.23手动平仓 进场 0.24止损0.22", CardTicker, &["hbar"]);
        // Not a line of prose, a word of the card, or a currency pair.
        assert_none("great call today\nentry 0.45, target 0.60", CardTicker);
        assert_none("entry 0.45\ntarget 0.60", CardTicker);
        assert_none("xauusd 空\n进场位置:2650\n止损:2660", CardTicker);
        // An entry at the market price is an entry level.
        assert_found("jup\n进场位置:现价-1.26\n止损:1.18", TradeCall, &["进场位置:现价"]);
        // A one-line call tags its ticker on the entry's line; `sell` closes a `buy`, but a
        // level does not pair with itself.
        assert_found("long #op here, stop 1.70, take profit 1.95", CardTicker, &["op"]);
        assert_found("#apt buy now, tp 9.2, sl 8.1", CardTicker, &["apt"]);
        assert_found("#doge buy 0.081-0.083, sell 0.089", TradeCall, &["buy 0.081-0.083"]);
        // The order may tag its ticker before the number that ends its clause.
        assert_found("short $doge 0.1612, leverage 10x, tp 0.152, sl 0.166", TradeCall, &["short $doge 0.1612,"]);
        assert_none("sell @ 2500 amid the rally", TradeCall);
        assert_none("#signal buy now, tp 9.2", CardTicker);
        // A Chinese entry said price first, with a word of nearness, and an exit said after
        // a broken price; a look at the target has a word between it and its number.
        assert_found("61500附近分批接,跌破60800停损", TradeCall, &["61500附近分批接"]);
        assert_found("63800 附近轻仓接一点,止损 63200,目标先看 65k", TradeCall, &["63800 附近轻仓接"]);
        assert_found("目标先看 65k", TradeLevel, &["目标先看 65"]);
        assert_none("5000接盘的人都亏了,60800止损的人也亏了", TradeCall);
        assert_none("我的小目标:300u 本金", TradeLevel);
        // An order under way, as a caller posts it.
        assert_found("loading $haku at 0.0031 here, tp 0.0045, sl 0.0028", CardTicker, &["haku"]);
        // An entry and a target a page apart are two remarks, not one call.
        let far = format!("entry 0.45 {} target 0.60", "word ".repeat(40));
        assert_none(&far, TradeCall);
    }

    #[test]
    fn doubling() {
        for text in [
            "send 1 eth to the address below and get 2 eth back",
            // A range of amounts, an address between, an inflected verb of getting.
            "send 0.5-10 eth to 0x00000000000000000000000000000000000000aa, our contract returns double",
            "send any amount of eth to the address and receive double back",
            "转入1个eth立返2个",
            "we will double your btc",
            "i'll double any eth sent to this address",
        ] {
            assert!(!found(text, Doubling).is_empty(), "{text}");
        }
        // English prose with numbers ("send 2 letters and get 1 reply") may match the shape;
        // the engine needs crypto evidence nearby before it counts.
        assert_none("转发3次送1张优惠券", Doubling);
    }

    #[test]
    fn steps_need_two_in_order() {
        let text = "领取方法:\n1. 打开官网\n2、连接钱包\n3) 领取代币";
        let got: Vec<&str> = found(text, Step).into_iter().map(str::trim).collect();
        assert_eq!(got, ["1.", "2、", "3)"]);
        for text in ["价格上涨了3. 然后回落", "版本 2.5 发布", "共有 1. 一个问题"] {
            assert_none(text, Step);
        }
    }

    #[test]
    fn stablecoin_amounts() {
        for (text, kind) in
            [("送100u体验金", CryptoAmount), ("单价0.05 usdt", CryptoAmount), ("票价100元", Price), ("$5 each", Price)]
        {
            assert!(!found(text, kind).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn leverage_and_long_short_levels() {
        for text in [
            "turned 200 into 3k with 50x on sol",
            "btc 100倍杠杆",
            "开20倍做多",
            "25x long eth",
            "杠杆代币btc3l、eth3s开通",
        ] {
            assert!(!found(text, Leverage).is_empty(), "{text}: {:?}", run(text));
        }
        for text in
            ["销量增长了3倍", "a 10x engineer", "the 2x speed", "shot at 50x magnification", "with 10x zoom", "ethos5s"]
        {
            assert_none(text, Leverage);
        }
        assert!(!found("i'm flipping short at 3.4k", TradeLevel).is_empty());
        assert!(!found("需要的加他:hk_teacher01。", WechatId).is_empty());
    }

    #[test]
    fn exchange_links_by_tld_and_path() {
        for text in [
            "https://pro.edgex.exchange/referral/1",
            "https://vlink.cc/okxchina",
            "https://short.example/r/binance-cn",
            "https://ranks.example/top-10-exchanges/",
        ] {
            assert!(!found(text, ExchangeDomain).is_empty(), "{text}: {:?}", run(text));
        }
        assert_none("https://blog.example/okay-computer/bookx", ExchangeDomain);
    }

    #[test]
    fn invite_paths_and_cashtags() {
        let text = "claim now: sosovalue.com/join/y5bf1c8t and $soso, not $5 or us$10";
        assert_found(text, InviteCode, &["y5bf1c8t"]);
        assert_found(text, Cashtag, &["$soso"]);
        assert_none("see example.com/join/us today", InviteCode);
    }

    #[test]
    fn recovery_testimonials() {
        let text = "i lost most of my savings to a fake broker and all of it was returned within a week.";
        assert_found(text, RecoveryOffer, &["i lost most of my savings to a fake broker and all of it was returned"]);
        assert_found("we were told what we lost was recovered", RecoveryOffer, &["we lost was recovered"]);
        // Got back, or recovered, by someone named or not.
        assert_found(
            "i lost 3 btc to a fake platform but @fixit_tech got it all back in a day",
            RecoveryOffer,
            &["i lost 3 btc to a fake platform but @fixit_tech got it all back"],
        );
        assert_found(
            "she lost her savings and they recovered it",
            RecoveryOffer,
            &["she lost her savings and they recovered it"],
        );
        assert_none("i lost my keys but got back home fine", RecoveryOffer);
        // `got … back` split round what was got, by the one who recovers; not one's own luck.
        assert_found(
            "i wrote to a recovery desk and they got most of it back in a week",
            RecoveryOffer,
            &["they got most of it back"],
        );
        assert_found(
            "our agents brought your stolen usdt back",
            RecoveryOffer,
            &["our agents brought your stolen usdt back"],
        );
        assert_none("i dropped my phone but got it back from the driver", RecoveryOffer);
        assert_none("they got the band back together", RecoveryOffer);
        // A loss with no return, or a return with nobody's loss, is no testimonial.
        assert_none("i lost my keys and the money was gone for good.", RecoveryOffer);
        assert_none("the stolen painting was returned to the museum.", RecoveryOffer);
        // Thanks to someone named, then one's own funds got: the testimonial credits them.
        assert_found(
            "thank you so much itechhackers.com, i just got my 2.1btc, so excited",
            RecoveryOffer,
            &["thank you so much itechhackers.com, i just got my 2.1btc"],
        );
        assert_found(
            "big shout out to @recoverwiz_hq, i finally received all my usdt back",
            RecoveryOffer,
            &["shout out to @recoverwiz_hq, i finally received all my usdt"],
        );
        assert_none("thanks to my mom i got my first bitcoin for christmas", RecoveryOffer);
        assert_none("thanks everyone, i got my tickets", RecoveryOffer);
    }

    #[test]
    fn fees_before_funds_are_released() {
        let text = "i can unlock it today for a small 0.05 btc verification fee. msg me";
        assert_found(text, AdvanceFee, &["0.05 btc verification fee"]);
        assert_found("pay the unlock fee first", AdvanceFee, &["pay the unlock fee"]);
        assert_found("an unlock fee of 200 usdt applies", AdvanceFee, &["unlock fee of 200 usdt"]);
        assert_found("提现需先缴纳20%保证金", AdvanceFee, &["提现需先缴纳"]);
        assert_found("缴纳解冻费后即可提现", AdvanceFee, &["解冻费后即可提现"]);
        // Fees every exchange or chain charges.
        assert_none("the exchange charges a 0.0005 btc withdrawal fee", AdvanceFee);
        assert_none("gas fee of 2 usdt on the bridge", AdvanceFee);
    }

    #[test]
    fn forty_second_session_shapes() {
        // A dealer's quote set off a market's price, and a board written price first.
        assert_found("价格按 okx 实时价下浮 1%,私聊", MarketQuote, &["按 okx 实时价下浮 1%"]);
        assert_found("价格比盘口高0.08,秒结", MarketQuote, &["比盘口高0.08"]);
        assert_found("btc 67,450 bid / 67,720 ask", MarketQuote, &["67,450 bid / 67,720 ask"]);
        // Higher than last year is no market's price (a retail discount off one is, for the
        // detector: only a coin near it makes the text crypto).
        assert_none("增速比去年同期高 5%", MarketQuote);
        // A Chinese mobile number wherever it stands, not inside a longer number.
        assert_found("可见面 ☎17728831904", ContactHandle, &["17728831904"]);
        assert_none("单号 177288319045", ContactHandle);
        // A named collection's floor swept, not a kitchen's.
        // (The floor-price patterns run only in a text with a digit: see the note of issue 8.)
        assert_found("今晚 21:00 统一扫「赛博醒狮」地板", FloorPrice, &["扫「赛博醒狮」地板"]);
        assert_none("周末 10 点扫一下厨房的地板", FloorPrice);
        // Funds moved to be checked is a scam's demand; moved to be kept is not.
        assert_found("需要您将账户资产转入安全账户核查", AdvanceFee, &["资产转入安全账户核查"]);
        assert_none("交易所将用户资产转入冷钱包保管", AdvanceFee);
        // A coin among the ways to pay.
        assert_found("asking 680, pay alipay or usdt", CryptoPayment, &["pay alipay or usdt"]);
        // Keycap-numbered steps read as bare digits; a count is no step.
        assert_found("1 关注本号\n2 转发到群\n3 截图发后台", Step, &["1 ", "2 ", "3 "]);
        assert_none("2 个群\n3 个人", Step);
    }

    #[test]
    fn conditions_of_taking_part() {
        assert_found("allocation by tier, stake pool to qualify.", Eligibility, &["stake pool to qualify"]);
        assert_found(
            "hold 1,000 $abc to be eligible for the presale",
            Eligibility,
            &["hold 1,000 $abc to be eligible"],
        );
        assert_found("持有平台币≥500 即可参与,中签率 8%", Eligibility, &["持有平台币≥500 即可参与"]);
        assert_found("持有满 7 天即可上架交易", Eligibility, &["持有满 7 天即可上架"]);
        // No bar set (no number), or the act is no taking part.
        assert_none("持有代币即可参与治理投票", Eligibility);
        assert_none("hold the door to let them in", Eligibility);
    }

    #[test]
    fn prices_against_the_floor() {
        assert_found("wtb any foxes, paying 0.5e over floor", FloorPrice, &["0.5e over floor"]);
        assert_found("挂了 0.32e 比地板低一丢丢", FloorPrice, &["比地板低"]);
        assert_none("the flat is 3 floors above the floor of the valley", FloorPrice);
        assert_none("we moved 2 over the floor", FloorPrice);
    }

    #[test]
    fn prices_in_a_coin_for_a_period() {
        assert_found("0.05 eth lifetime or 120 usdt/month", CryptoPayment, &["0.05 eth lifetime", "120 usdt/month"]);
        assert_found("forward you the coin early for 30 usdt per pump", CryptoPayment, &["30 usdt per pump"]);
        assert_found("vip群 99u/月,月费 50u", CryptoPayment, &["99u/月", "月费 50u"]);
        assert_none("stake and earn 0.01 btc a day", CryptoPayment);
        assert_found("本店支持 usdt 付款(trc20)", CryptoPayment, &["支持 usdt 付款"]);
        assert_none("she earns 500 usdt a month", CryptoPayment);
    }

    #[test]
    fn recovery_offers_whoever_makes_them() {
        assert_found("i got 80% back thanks to @chainfix on telegram", RecoveryOffer, &["got 80% back thanks to @c"]);
        assert_none("got my jacket back thanks to the cleaner", RecoveryOffer);
        assert_found("i got most of it back through @tracefix", RecoveryOffer, &["got most of it back through @t"]);
        // The subject may be anyone (agents, a firm, a hacker): the offer is the verb phrase.
        let text = "after the scam our tracing agents can get your coins back in days.";
        assert_found(text, RecoveryOffer, &["our tracing agents can get your coins back"]);
        assert_found(
            "a specialist will help you get your lost savings back",
            RecoveryOffer,
            &["will help you get your lost savings back"],
        );
        assert_none("you can get your bike back from the repair shop tomorrow.", RecoveryOffer);
        // A provider named as the subject, the verb in any person.
        assert_found("our team recovers stolen funds in 72 hours", RecoveryOffer, &["our team recovers stolen"]);
        assert_found(
            "our team of blockchain forensic experts has recovered over $40m",
            RecoveryOffer,
            &["our team of blockchain forensic experts has recovered over $4"],
        );
        assert_found("this hacker retrieved my usdt", RecoveryOffer, &["this hacker retrieved my"]);
        assert_none("the team recovered after the break", RecoveryOffer);
        // Anyone after `our`/`my` (the offering voice), and a verb after tracing.
        assert_found(
            "our chain analysts trace and return stolen funds",
            RecoveryOffer,
            &["our chain analysts trace and return stolen"],
        );
        assert_none("our neighbours returned the ladder", RecoveryOffer);
        // The tracing in any person, joined by `&` too; a Chinese provider a few characters
        // before its verb.
        assert_found(
            "our blockchain forensics team traces and recovers stolen funds",
            RecoveryOffer,
            &["our blockchain forensics team traces and recovers stolen"],
        );
        assert_found("专业链上追踪团队,冻结追回一条龙", RecoveryOffer, &["团队,冻结追回"]);
        assert_none("警方追回被骗资金后发还受害人", RecoveryOffer);
        assert_found("forensic hacker here, i can trace & reverse txs", RecoveryOffer, &["i can trace & reverse txs"]);
        assert_none("banks can reverse transactions; blockchains cannot", RecoveryOffer);
        // What was recovered as an amount; whom helped named at length.
        assert_found(
            "our team of forensic experts has recovered over $40m for clients",
            RecoveryOffer,
            &["our team of forensic experts has recovered over $4"],
        );
        assert_found(
            "we help victims of crypto fraud trace and recover stolen assets",
            RecoveryOffer,
            &["help victims of crypto fraud trace and recover"],
        );
        assert_none("the police recovered over $2m in cash", RecoveryOffer);
        assert_none("we help you recovering from injury", RecoveryOffer);
        // No one named: the recovering done for others is the service's boast.
        assert_found("recovered 4.2 btc for a client last week", RecoveryOffer, &["recovered 4.2 btc for a client"]);
        assert_found("got back 30k usdt for our clients", RecoveryOffer, &["got back 30k usdt for our clients"]);
        assert_none("btc recovered to 60k for the first time", RecoveryOffer);
        assert_none("the market recovered. good for you all", RecoveryOffer);
        assert_none("our economy recovered after the crisis", RecoveryOffer);
        // Words of any kind before the provider.
        assert_found(
            "our certified blockchain investigators recover stolen funds",
            RecoveryOffer,
            &["our certified blockchain investigators recover stolen"],
        );
        assert_none("our two best players recovered the ball", RecoveryOffer);
    }

    #[test]
    fn contact_labels_in_chinese() {
        // `加` / `联系` + any app name + a colon + a handle: the app need not be known.
        assert_found("全天客服,加line:usdt_tw168", ContactHandle, &["加line:usdt_tw168"]);
        // Letters only, in a text with no digit and no `@`: the label and colon are enough.
        assert_found("想入金的找我。加line:usdtking,全天在线", ContactHandle, &["加line:usdtking"]);
        assert_found("联系客服kakao: @otc_desk88", ContactHandle, &["联系客服kakao: @otc_desk88"]);
        // An app with a detector of its own keeps the ID: Telegram's, not the generic one.
        assert_none("联系客服tg: @otc_desk88", ContactHandle);
        assert_found("联系客服tg: @otc_desk88", TelegramHandle, &["tg: @otc_desk88"]);
        assert_found("私信我:+852 6123 4567", ContactHandle, &["私信我:+852 6123 4567"]);
        // No label colon, or no handle after it: not a contact route.
        assert_none("欢迎加入我们的读书会,时间:周六下午", ContactHandle);
        assert_none("联系方式:见官网", ContactHandle);
    }

    #[test]
    fn prohibitions_start_a_clause() {
        // Each clause of a list of don'ts is a prohibition; the mark starts at the word, not
        // at the separator before it (so it lands in its own sentence).
        let text = "运营者需要注意:不发布交易所的注册链接;不提供场外买卖的联系方式;切勿向陌生人转账。";
        assert_found(text, Prohibition, &["不发布", "不提供", "切勿向"]);
        assert_found(
            "security tips: never share your seed phrase. do not click links in dms.",
            Prohibition,
            &["never share", "do not click"],
        );
        // `不` inside a word or before an adjective is no prohibition: ads say 不限额, 不跑路.
        assert_none("大额小额都收,不限额,不跑路,秒到账。", Prohibition);
        assert_none("我们不得不承认行情很好", Prohibition);
        // The strong forms forbid whatever verb follows; bare 不 only before a verb of doing.
        assert_found("正确处理:不要授权、不签名、不转回。", Prohibition, &["不要授", "不签名", "不转回"]);
        assert_found("提醒:千万别扫陌生二维码", Prohibition, &["千万别扫"]);
        // X不X asks a question: 要不要 is want-to-or-not, no prohibition.
        assert_none("下周有个币要拉,你要不要一起?", Prohibition);
        assert_none("别人都在买,不贵", Prohibition);
        // Inside a clause too (lines joined), but not the urging of ads.
        assert_found("看清来源不要点短信里的链接", Prohibition, &["不要点"]);
        assert_none("名额有限千万不要错过,不要犹豫,不要再等了", Prohibition);
        // What an honest party never asks for: the warning of every anti-fraud notice.
        assert_found("正规钱包永远不会向你索要助记词", Prohibition, &["永远不会向你索要"]);
        assert_none("这个币永远不会跌", Prohibition);
        // A negative subject before a modal says what no one honest does; a condition on
        // what someone offers is how a warning describes a scam.
        assert_found(
            "reminder: no real project will dm you first. nobody can promise 10x. if someone offers to double it, run.",
            Prohibition,
            &["no real project will", "nobody can", "if someone offers"],
        );
        // Whom they come from, and `ever`, belong to the denial (`nobody from the team will
        // ever dm you`): it ends where the denied act starts.
        assert_found("nobody from the team will ever dm you first", Prohibition, &["nobody from the team will ever"]);
        assert_found("don't fall for fake giveaways", Prohibition, &["don't fall for"]);
        assert_none("no fees this week and nothing to lose", Prohibition);
    }

    #[test]
    fn instructions_are_a_run_of_imperatives() {
        let text = "pick a coin that supports staking. send it to your account. then open the earn tab. choose a period and confirm.";
        assert_found(text, Instructions, &["pick", "send", "open", "choose"]);
        // One or two imperatives are a call, not instructions; warnings are not steps.
        assert_none("buy the dip. hold it.", Instructions);
        // Two steps that say their order are a procedure; an order of events is not.
        assert_found("first download a wallet app, then buy btc with a card", Instructions, &["download", "buy"]);
        assert_none("first, the market fell; then bitcoin recovered", Instructions);
        assert_none("first download a wallet app. buy btc with a card", Instructions);
        assert_none(
            "never share your seed phrase. don't click links in dms. do not send eth to strangers.",
            Instructions,
        );
        // A verb inside a sentence does not start a step.
        assert_none("we will choose a coin, send it over, open a tab and confirm.", Instructions);
        // Steps run together with commas are steps (`open the app, tap buy, choose usdt`).
        assert_found("open the app, tap buy, choose usdt, pay by card", Instructions, &["open", "tap", "choose"]);
        assert_none("go to the store, buy milk and come home", Instructions);
    }
}
