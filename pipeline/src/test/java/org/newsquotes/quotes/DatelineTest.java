package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
    private static String dateline(String paragraph) {
        int e = Dateline.end(paragraph, 0, paragraph.length());
        return e < 0 ? null : paragraph.substring(0, e);
    }

    @Test void wireDatelinesEndAtTheirDash() {
        assertThat(dateline("BRUSSELS — The ministers met again on Monday.")).isEqualTo("BRUSSELS — ");
        assertThat(dateline("LAKEVILLE, Minn. (Reuters) - The mayor said the bridge would reopen."))
                .isEqualTo("LAKEVILLE, Minn. (Reuters) - ");
        assertThat(dateline("PORT MORESBY, May 3 (AP) – Officials said the ferry sank.")).isEqualTo("PORT MORESBY, May 3 (AP) – ");
        assertThat(dateline("ST. JOHN'S, N.L. -- The premier said no.")).isEqualTo("ST. JOHN'S, N.L. -- ");
        // a place in title case, with its agency in brackets
        assertThat(dateline("Port Moresby (AFP) – Officials said the ferry sank.")).isEqualTo("Port Moresby (AFP) – ");
    }

    @Test void aNameWithItsPartyIsNoDateline() {
        assertThat(dateline("Ann Roe (D-Ohio) — who chairs the panel — said no.")).isNull();
        assertThat(dateline("Tom Aske (R) - a veteran - said no.")).isNull();
    }

    @Test void ordinaryParagraphsHaveNone() {
        assertThat(dateline("The mayor of Lakeville said the bridge - closed since May - would reopen.")).isNull();
        assertThat(dateline("NATO officials said on Monday that talks would go on.")).isNull();
        assertThat(dateline("Tom Aske, the harbour master - who was there - said no.")).isNull();
        // a hyphen inside a word is not the dash
        assertThat(dateline("ANTI-GRAFT campaigners marched on Monday.")).isNull();
        // too far into the paragraph to be a dateline
        assertThat(dateline("ST. PETERSBURG, Fla., Thursday, Friday and Saturday Evening Edition Of Record 2016 - x")).isNull();
    }

    @Test void namesInADatelineAreNoMentionsForTheQuoteRules() {
        var d = org.newsquotes.testing.MarkedText.parseWithEntities(
                "[LAKEVILLE|CITY], Minn. (Reuters) - Mayor [Tom Aske|PERSON] said the bridge would reopen.\n[Lakeville|CITY] cheered.");
        DocumentIndex ix = new DocumentIndex(d);
        assertThat(ix.mentionAt(0)).isNull();
        assertThat(ix.inDateline(0)).isTrue();
        int aske = ix.firstTokenAtOrAfter(d.text().indexOf("Tom"));
        assertThat(ix.mentionAt(aske).text()).isEqualTo("Tom Aske");
        int town = ix.firstTokenAtOrAfter(d.text().lastIndexOf("Lakeville"));
        assertThat(ix.mentionAt(town).text()).isEqualTo("Lakeville");
    }
}
