package org.newsquotes.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {
    @Test
    void theRegisteredDomainOfTheUrl() {
        assertThat(Outlets.ofUrl("https://www.harbourtimes.co.uk/news/2026/storm")).isEqualTo("harbourtimes.co.uk");
        assertThat(Outlets.ofUrl("https://edition.dailyledger.com/world?id=4")).isEqualTo("dailyledger.com");
        assertThat(Outlets.ofUrl("http://WWW.Example.ORG./a")).isEqualTo("example.org");
        assertThat(Outlets.ofUrl("https://news.example.com.au/x")).isEqualTo("example.com.au");
    }

    @Test
    void noOutletWithoutAHostAndHostsOutsideThePublicSuffixListStayAsTheyAre() {
        assertThat(Outlets.ofUrl(null)).isNull();
        assertThat(Outlets.ofUrl("  ")).isNull();
        assertThat(Outlets.ofUrl("not a url")).isNull();
        assertThat(Outlets.ofUrl("file:///tmp/a.html")).isNull();
        assertThat(Outlets.ofUrl("http://192.168.1.20/story")).isEqualTo("192.168.1.20");
        assertThat(Outlets.ofUrl("http://intranet/story")).isEqualTo("intranet");
    }
}
