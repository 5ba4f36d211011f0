package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;

/** The outlet list: parsing, lookup, alias rows and the regexner gazetteer (names of our own invention). */
class OutletListTest {
    private static final NameText TEXT = new NameText();

    private static OutletList list(String... rows) {
        List<String> lines = new java.util.ArrayList<>(List.of("name,aliases,country,type"));
        lines.addAll(List.of(rows));
        return OutletList.parse(lines, TEXT, "outlets.csv");
    }

    @Test
    void namesAndAliasesAreOutletsWhateverTheCaseAndLeadingThe() {
        OutletList l = list("The Harbour Gazette,Harbour Gazette|HG Daily,NZ,newspaper",
                "Lakeside Wire Service,LWS,CA,agency");
        assertThat(l.isOutlet("the Harbour Gazette")).isTrue();
        assertThat(l.isOutlet("HARBOUR GAZETTE")).isTrue();
        assertThat(l.isOutlet("L.W.S.")).isTrue();
        assertThat(l.isOutlet("Harbour")).isFalse();
        assertThat(l.outlets().get(1).type()).isEqualTo(OutletList.Type.AGENCY);
    }

    @Test
    void theGazetteerTagsEveryWrittenFormAsAnOrganisationOverOtherTypes() {
        String mapping = list("The Harbour Evening Gazette,HEG,NZ,newspaper", "The Bugle,,NZ,newspaper",
                "Citizens' Voice,,NZ,online", "People's Lantern,Lantern-Online,NZ,online").regexnerMapping();
        assertThat(mapping.lines()).allSatisfy(l -> {
            String[] f = l.split("\t");
            assertThat(f).hasSize(4);
            assertThat(f[1]).isEqualTo("ORGANIZATION");
            assertThat(f[2]).contains("PERSON").contains("LOCATION").contains("CITY");
        });
        List<String> patterns = mapping.lines().map(l -> l.split("\t")[0]).toList();
        // a leading "The" is optional before two or more words, never before one ("The Bugle", not "Bugle")
        assertThat(patterns).contains("The Harbour Evening Gazette", "Harbour Evening Gazette", "HEG", "The Bugle")
                .doesNotContain("Bugle");
        // split as CoreNLP's tokenizer splits, each token literal
        assertThat(patterns).contains("Citizens ' Voice", "People 's Lantern", "Lantern\\-Online");
        assertThat(OutletList.pattern("L.A. Daily")).isEqualTo("L\\.A\\. Daily");
    }

    @Test
    void aliasRowsMakeTheOutletCanonicalAsAnOrganisation() {
        OutletList l = list("Lakeside Wire Service,LWS|Lakeside Wire,CA,agency");
        AliasTable t = AliasTable.parse(l.aliasRows(), TEXT, "outlets.csv");
        assertThat(t.lookupKey(TEXT.key("LWS"))).isEqualTo(new AliasTable.Canonical("Lakeside Wire Service", "ORGANIZATION"));
    }

    @Test
    void badRowsStopTheLoadNamingTheProblem() {
        assertThatThrownBy(() -> list("Bugle,,NZ,blog")).hasMessageContaining("row 1").hasMessageContaining("'blog'");
        assertThatThrownBy(() -> list("Bugle,BG,NZ,newspaper", "Bugle Group,BG,NZ,online"))
                .hasMessageContaining("'BG' is also a name of 'Bugle'");
        assertThatThrownBy(() -> list(",x,NZ,newspaper")).hasMessageContaining("no name");
        // one outlet may spell a name two ways that normalise alike
        assertThat(list("Wire-Press,Wire Press,NZ,agency").outlets()).hasSize(1);
    }

    @Test
    void theShippedListLoadsAndFlagsWellKnownAgencies() {
        OutletList shipped = OutletList.load(ModelFiles.packaged());
        assertThat(shipped.outlets()).hasSizeGreaterThan(50);
        assertThat(shipped.isOutlet("AFP")).isTrue();
        assertThat(shipped.isOutlet("the Associated Press")).isTrue();
        // names that are also places or people are left out on purpose
        assertThat(shipped.isOutlet("Bloomberg")).isFalse();
        assertThat(shipped.isOutlet("Fars")).isFalse();
        // and the whole knowledge loads with it: an outlet alias merges through the alias table
        EntityKnowledge k = EntityKnowledge.load(ModelFiles.packaged());
        assertThat(k.alias("AP").name()).isEqualTo("Associated Press");
    }
}
