package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private final LanguageIdentifier languages = Languages.IDENTIFIER;

  @Test
  void tellsCommonNewsLanguagesApart() {
    assertThat(languages.detect("""
        Ukraine's armed forces have confirmed that 971 Russian soldiers were captured during a months-long
        offensive in Russia's Kursk region, calling the operation vital to securing recent prisoner exchanges.""").code())
        .isEqualTo("en");
    assertThat(languages.detect("""
        Les forces ukrainiennes affirment avoir capturé un grand nombre de soldats russes dans la région de Koursk,
        et le président a souligné l'importance de ces prisonniers pour de futurs échanges.""").code())
        .isEqualTo("fr");
    assertThat(languages.detect("""
        Die ukrainischen Streitkräfte haben nach eigenen Angaben fast tausend russische Soldaten in der Region Kursk
        gefangen genommen, teilte der Generalstab am Donnerstag in Kiew mit.""").code())
        .isEqualTo("de");
    assertThat(languages.detect("""
        Вооруженные силы Украины заявили, что взяли в плен почти тысячу российских военнослужащих в Курской области
        с начала наступления, сообщил в четверг Генеральный штаб.""").code())
        .isEqualTo("ru");
    LanguageIdentifier.Detection es = languages.detect("""
        Las fuerzas ucranianas capturaron a casi mil soldados rusos en la región de Kursk desde el inicio de la
        ofensiva, según informó el jueves el Estado Mayor en un comunicado.""");
    assertThat(es.code()).isEqualTo("es");
    assertThat(es.reliable()).isTrue();
    assertThat(es.confidence()).isBetween(0.5, 1.0);
  }

  @Test
  void tooShortToTellIsTakenAsEnglishWithTheDetectorsConfidence() {
    LanguageIdentifier.Detection d = languages.detect("Le maire a dit oui.");
    assertThat(d.code()).isEqualTo("en");
    assertThat(d.reliable()).isFalse();
    assertThat(d.confidence()).isBetween(0.0, 1.0);
    assertThat(languages.detect("1,150 — 909 — 971").code()).isEqualTo("en");
  }

  @Test
  void plainEnglishIsToldWithoutTheModelsAndOtherLanguagesStillGoToThem() {
    String english = """
        Ukraine's armed forces have confirmed that 971 Russian soldiers were captured during a months-long offensive in
        Russia's Kursk region, calling the operation vital to securing recent prisoner exchanges. The General Staff said
        the captures took place between August and the end of the year, and that the figure was higher than the one it
        had given in March, when it counted 909 of them. Officials said more than half of them had been exchanged.""";
    assertThat(LanguageIdentifier.plainlyEnglish(english)).isTrue();
    assertThat(languages.detect(english)).isEqualTo(new LanguageIdentifier.Detection("en", 1.0, true));
    String german = """
        Die ukrainischen Streitkräfte haben nach eigenen Angaben fast tausend russische Soldaten in der Region Kursk
        gefangen genommen, teilte der Generalstab am Donnerstag in Kiew mit. Die Gefangenen seien in Lager gebracht
        worden, und ein Teil von ihnen sei bereits ausgetauscht worden, hieß es in der Mitteilung des Stabes weiter.""";
    String dutch = """
        De Oekraïense strijdkrachten hebben naar eigen zeggen bijna duizend Russische soldaten in de regio Koersk
        gevangengenomen, zo meldde de generale staf donderdag in Kiev. Het is de grootste aantal sinds het begin van het
        offensief in augustus, en een deel van hen is al uitgewisseld tegen Oekraïense krijgsgevangenen in Rusland.""";
    assertThat(LanguageIdentifier.plainlyEnglish(german)).isFalse();
    assertThat(LanguageIdentifier.plainlyEnglish(dutch)).isFalse();
    assertThat(languages.detect(german).code()).isEqualTo("de");
    assertThat(languages.detect(dutch).code()).isEqualTo("nl");
  }
}
