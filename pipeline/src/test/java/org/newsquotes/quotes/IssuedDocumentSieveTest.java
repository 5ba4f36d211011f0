package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.testing.MarkedText;

/** {@link IssuedDocumentSieve} through the quote stage (sieves), on our own sentences. */
class IssuedDocumentSieveTest {
    private static final QuoteStage STAGE = new QuoteStage(ModelFiles.packaged(), IndirectScope.SPEECH);

    /** kind|text|speaker|mention|method of the last quote ("brief" an adjective, "written" a participle, as CoreNLP tags them). */
    private static String last(String marked) {
        List<String> all = STAGE.process(MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(marked), "brief", "JJ"), "written", "VBN")).quotes().stream()
                .map(q -> q.kind().label() + "|" + q.text() + "|" + q.attribution().speaker() + "|" + q.attribution().mention()
                        + "|" + q.attribution().method()).toList();
        return all.get(all.size() - 1);
    }

    @Test
    void theStatementOfASourceWhoSpokeInIt() {
        assertThat(last("[Angela Moss|PERSON] said in a statement that new checks were in place.\n"
                + "“No single official can approve such a payment,” the statement said."))
                .isEqualTo("direct|No single official can approve such a payment,|Angela Moss|the statement|document-issuer");
    }

    @Test
    void aLetterFromItsSender() {
        assertThat(last("The council received a letter from [Harbour Watch|ORGANIZATION] on Monday.\n"
                + "“The dredging must stop,” the letter said."))
                .isEqualTo("direct|The dredging must stop,|Harbour Watch|the letter|document-issuer");
    }

    @Test
    void aStatementFromTheBodyThatSentIt() {
        assertThat(last("The council received a statement from the [Harbour Board|ORGANIZATION] on Monday.\n"
                + "“The dredging must stop,” the statement said."))
                .isEqualTo("direct|The dredging must stop,|Harbour Board|the statement|document-issuer");
        // a name that only modifies the sender's noun is not the sender
        assertThat(last("The council received a statement from the [Roe|PERSON] campaign on Monday.\n"
                + "“The dredging must stop,” the statement said."))
                .endsWith("|null|the statement|source-unresolved");
    }

    @Test
    void aStatementItsIssuerIssued() {
        assertThat(last("The [Maritime Museum|ORGANIZATION] issued a brief statement on Friday.\n"
                + "“We regret the closure,” the statement said."))
                .isEqualTo("direct|We regret the closure,|Maritime Museum|the statement|document-issuer");
    }

    @Test
    void theSubjectOfTheVerbBeforeTheDocumentBeforeTheReportAroundIt() {
        // the paper reports; Roe issued the statement
        assertThat(last("The [Harbour Times|ORGANIZATION] said [Angela Moss|PERSON] provided a written statement.\n"
                + "“We regret the closure,” the statement said."))
                .isEqualTo("direct|We regret the closure,|Angela Moss|the statement|document-issuer");
        // a document inside what a source reported is not that source's
        assertThat(last("The [Harbour Times|ORGANIZATION] reports that the letter was unsigned.\n"
                + "“Close the port,” the letter said."))
                .endsWith("|null|the letter|source-unresolved");
    }

    @Test
    void aPlaceIsNoIssuer() {
        assertThat(last("Police found a letter postmarked from [Ohio|STATE_OR_PROVINCE].\n“Close the port,” the letter said."))
                .endsWith("|null|the letter|source-unresolved");
    }

    @Test
    void noIssuerWhenTheDocumentNamesNone() {
        // a document nobody is said to have issued stays unresolved
        assertThat(last("A statement was posted on the door.\n“We regret the closure,” the statement said."))
                .endsWith("|null|the statement|source-unresolved");
        // nor is a speaker guessed when the document was never mentioned
        assertThat(last("[Angela Moss|PERSON] spoke to the board.\n“We regret the closure,” the statement said."))
                .endsWith("|null|the statement|source-unresolved");
    }
}
