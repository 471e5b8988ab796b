//! Sample letters for the tests and the benchmark: the mayor of Limoges in French, the
//! mayor of Icheon and the Icheon council each with a Korean copy then the French letter,
//! and an English letter.

use super::{Document, PostalLetter};

/// French spacing from readable source text: a narrow no-break space inside « » and
/// before ; ! ?, a no-break space before :.
fn fr(text: &str) -> String {
    text.replace("« ", "«\u{202F}")
        .replace(" »", "\u{202F}»")
        .replace(" ;", "\u{202F};")
        .replace(" !", "\u{202F}!")
        .replace(" ?", "\u{202F}?")
        .replace(" :", "\u{A0}:")
}

pub(super) fn sender() -> Vec<String> {
    vec![
        "Camille Martin".into(),
        "Lyon".into(),
        "12 rue des Capucins".into(),
        "69001 Lyon".into(),
    ]
}

pub(super) fn limoges_recipient() -> Vec<String> {
    vec![
        "Monsieur le Maire de Limoges".into(),
        "Hôtel de Ville".into(),
        "Place Léon Betoulle".into(),
        "87031 Limoges Cedex 1".into(),
    ]
}

pub(super) fn icheon_mayor() -> Vec<String> {
    vec![
        "[17379] 경기도 이천시 부악로 40".into(),
        "이천시청".into(),
        "이천시장 귀하".into(),
        "REPUBLIC OF KOREA".into(),
    ]
}

pub(super) fn icheon_council() -> Vec<String> {
    vec![
        "[17379] 경기도 이천시 부악로 40".into(),
        "이천시의회".into(),
        "이천시의회 의장 귀하".into(),
        "REPUBLIC OF KOREA".into(),
    ]
}

pub(super) const FRENCH_BODY_MARK: &str = "porcelaine de Limoges";
pub(super) const FRENCH_CLOSING_MARK: &str = "l’expression de ma haute considération";

pub(super) fn french(salutation: &str) -> Document {
    let paragraphs = [
        salutation,
        "Je vous écris en tant qu’habitante de Lyon, attachée depuis longtemps aux liens qui unissent Limoges et Icheon. Les deux villes partagent un savoir-faire rare : la porcelaine de Limoges et la céramique d’Icheon sont connues bien au-delà de nos frontières, et toutes deux sont membres du réseau des villes créatives de l’UNESCO pour l’artisanat et les arts populaires.",
        "Ce jumelage n’est pas qu’un symbole ; il fait vivre des échanges concrets. Des apprentis céramistes ont travaillé dans les ateliers de l’une et l’autre ville, des écoles ont correspondu, et la « Biennale internationale de la céramique » a accueilli des artistes coréens qui y ont trouvé un public fidèle.",
        "Or ces échanges reposent aujourd’hui sur la bonne volonté de quelques associations. Le programme de résidences d’artisans, suspendu depuis plusieurs années, n’a pas été relancé, et les jeunes qui voudraient en profiter ne savent pas à qui s’adresser. N’est-ce pas le moment de lui redonner un cadre ?",
        "Je vous demande donc, Monsieur le Maire, d’inscrire au prochain budget municipal une ligne dédiée aux échanges avec Icheon : deux résidences par an dans chaque sens, un accueil des classes de céramique, et une page d’information tenue à jour par la mairie.",
        "Une telle décision coûterait peu et rapporterait beaucoup : à nos artisans, qui y gagnent des débouchés ; à nos jeunes, qui découvrent une autre culture ; à la ville enfin, dont le nom reste associé à l’excellence de son art du feu !",
        "Je vous remercie de l’attention que vous porterez à cette demande et me tiens à votre disposition pour en parler.",
        "Je vous prie d’agréer, Monsieur le Maire, l’expression de ma haute considération.",
    ];
    Document {
        language: "fr".into(),
        place_date: "Lyon, le 25\u{A0}novembre 2026".into(),
        subject: fr("Objet : relancer les échanges entre Limoges et Icheon"),
        paragraphs: paragraphs.iter().map(|p| fr(p)).collect(),
        signature: vec!["Camille Martin".into()],
        heading: None,
    }
}

/// `document` as the original after its copy in the same envelope.
pub(super) fn original(document: Document) -> Document {
    Document {
        heading: Some(fr(
            "La lettre originale, dont les pages précédentes sont la traduction :",
        )),
        ..document
    }
}

pub(super) const KOREAN_BODY_MARK: &str = "도자기";

pub(super) fn korean(salutation: &str) -> Document {
    let paragraphs = [
        salutation,
        "저는 프랑스 리옹에 사는 시민으로, 오랫동안 리모주와 이천을 잇는 자매도시 관계에 깊은 관심을 가져 왔습니다. 두 도시는 모두 도자기로 널리 알려져 있으며, 유네스코 창의도시 네트워크의 공예와 민속예술 분야 회원 도시이기도 합니다.",
        "이 자매결연은 단지 상징에 그치지 않습니다. 두 도시의 젊은 도예가들이 서로의 공방에서 함께 일했고, 학교들은 편지를 주고받았으며, 리모주의 국제 도자 비엔날레는 한국 작가들을 맞이하여 큰 호응을 얻었습니다.",
        "그러나 지금 이러한 교류는 몇몇 단체의 선의에만 기대고 있습니다. 장인 레지던시 프로그램은 몇 년 전부터 중단된 채 다시 시작되지 않았고, 참여하고 싶은 젊은이들은 어디에 문의해야 할지 알지 못합니다.",
        "그래서 저는 리모주 시장님께 다음 시 예산에 이천과의 교류를 위한 항목을 마련해 주실 것을 요청드렸습니다. 해마다 양쪽에서 두 명씩 장인을 초청하고, 도예 수업을 듣는 학생들을 맞이하며, 시청이 관리하는 안내 페이지를 만드는 일입니다.",
        "이천시에서도 같은 뜻을 함께해 주신다면 이 교류는 다시 살아날 수 있을 것입니다. 적은 비용으로 두 도시의 장인과 젊은이들에게 큰 기회를 줄 수 있습니다.",
        "아래에 리모주 시장님께 보낸 프랑스어 편지를 함께 보내 드립니다. 관심을 가지고 읽어 주셔서 감사합니다.",
        "리옹에서 카미유 마르탱 드림",
    ];
    Document {
        language: "ko".into(),
        place_date: "2026년 11월 25일, 리옹".into(),
        subject: "제목: 리모주와 이천의 교류 재개 요청".into(),
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        signature: vec!["카미유 마르탱 (Camille Martin)".into()],
        heading: None,
    }
}

pub(super) fn english() -> Document {
    let paragraphs = [
        "Dear Mayor,",
        "I am writing to you as a resident of Lyon who has long cared about the ties between Limoges and Icheon. Both cities share a rare craft: Limoges porcelain and Icheon ceramics are known far beyond our borders, and both cities belong to the UNESCO Creative Cities Network for Crafts and Folk Art.",
        "This twinning is more than a symbol. Young ceramists have worked in each other’s studios, schools have exchanged letters, and the international ceramics biennial in Limoges has welcomed Korean artists who found a loyal audience there.",
        "Yet these exchanges now rest on the goodwill of a handful of associations. The craft residency programme has been suspended for several years, and the young people who would like to take part do not know whom to ask.",
        "I therefore ask you to set aside, in the next municipal budget, a line for exchanges with Icheon: two residencies a year in each direction, a welcome for ceramics classes, and an information page kept up to date by the city.",
        "Such a decision would cost little and bring a great deal — to our craftspeople, to our young people, and to the city, whose name remains linked to the excellence of its art of fire.",
        "Thank you for your attention to this request; I would be glad to discuss it with you.",
        "Yours sincerely,",
    ];
    Document {
        language: "en".into(),
        place_date: "Lyon, 25 November 2026".into(),
        subject: "Subject: renewing the exchanges between Limoges and Icheon".into(),
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        signature: vec!["Camille Martin".into(), "Lyon".into()],
        heading: None,
    }
}

/// The three envelopes of the campaign.
pub(super) fn three_letters() -> Vec<PostalLetter> {
    vec![
        PostalLetter {
            sender: sender(),
            recipient: limoges_recipient(),
            documents: vec![french("Monsieur le Maire,")],
        },
        PostalLetter {
            sender: sender(),
            recipient: icheon_mayor(),
            documents: vec![
                korean("존경하는 이천시장님께"),
                original(french("Monsieur le Maire,")),
            ],
        },
        PostalLetter {
            sender: sender(),
            recipient: icheon_council(),
            documents: vec![
                korean("존경하는 이천시의회 의장님께"),
                original(french("Monsieur le Président,")),
            ],
        },
    ]
}

/// A personal paragraph of about 2,000 characters, to push the closing to page two.
pub(super) fn long_personal_paragraph() -> String {
    let sentence = "Quand j’ai visité Icheon pour la première fois, un potier m’a montré comment il préparait la terre, et j’ai compris combien nos deux villes avaient à apprendre l’une de l’autre. ";
    let mut paragraph = String::new();
    while paragraph.chars().count() < 2000 {
        paragraph.push_str(sentence);
    }
    fr(paragraph.trim_end())
}

/// `letters` as a Typst document in the same font and nearly the same layout, for the
/// benchmark's side-by-side run (bench/pdf.sh).
pub(super) fn typst_source(letters: &[PostalLetter]) -> String {
    fn string(text: &str) -> String {
        let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
        escaped
            .split('\n')
            .map(|piece| format!("#\"{piece}\""))
            .collect::<Vec<_>>()
            .join(" #linebreak() ")
    }
    fn lines(lines: &[String]) -> String {
        lines
            .iter()
            .map(|l| string(l))
            .collect::<Vec<_>>()
            .join(" \\\n")
    }
    let mut out = String::from(
        "#set page(paper: \"a4\", margin: (left: 20mm, right: 20mm, top: 20mm, bottom: 22mm))\n\
         #set text(font: \"Noto Sans CJK KR\", size: 11pt)\n\
         #set par(leading: 0.35em, spacing: 6pt, justify: false)\n\n",
    );
    let mut first = true;
    for letter in letters {
        for document in &letter.documents {
            if !first {
                out.push_str("#pagebreak()\n");
            }
            first = false;
            out.push_str(&format!(
                "#place(top + left, dx: 0mm, dy: 0mm)[#set text(size: 10pt)\n{}]\n",
                lines(&letter.sender)
            ));
            out.push_str(&format!(
                "#place(top + left, dx: 90mm, dy: 32mm)[#set text(size: 10pt)\n{}]\n",
                lines(&letter.recipient)
            ));
            out.push_str(&format!(
                "#v(63mm)\n#align(right)[{}]\n#v(7mm)\n*{}*\n#v(11pt)\n",
                string(&document.place_date),
                string(&document.subject)
            ));
            for paragraph in &document.paragraphs {
                out.push_str(&string(paragraph));
                out.push_str("\n\n");
            }
            out.push_str(&format!(
                "#v(25mm)\n#pad(left: 50%)[{}]\n",
                lines(&document.signature)
            ));
        }
    }
    out
}
