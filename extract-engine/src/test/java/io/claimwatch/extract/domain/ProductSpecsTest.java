package io.claimwatch.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers that name a product's specification or version (number.engine-size, number.model-year) or end a product's
 * name in mixed case (number.product-name): no counts. Sentences from fresh-aw's Reuters stories, and the seen sets'
 * measures and counts that must stay.
 */
class ProductSpecsTest {

    private static List<String> values(String s) {
        return Fixtures.mentions(s).stream().map(m -> m.value.stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void anEnginesDisplacementIsNoFigure() {
        // NumberRule.ENGINE_SIZE
        assertThat(values("Ford Motor Co told owners on Thursday to stop driving 2013 model Ford Escape with 1.6-liter engines"
                + " immediately due to the risk of an engine fire.")).isEmpty();
        assertThat(values("Also not affected by the fire risk recall and stop driving recommendation are 2013 model Escapes"
                + " with 2.0- and 2.5-liter engines.")).isEmpty();
        assertThat(values("The Escape has been recalled twice before for problems with its 1.6-liter turbocharged engine.")).isEmpty();
        assertThat(values("The recall affects models equipped with the turbocharged 1.6-liter engine.")).isEmpty();
        assertThat(values("The sedan comes with a 2.0 litre diesel.")).isEmpty();
    }

    @Test
    void aShareOfEnginesAndAVolumeOfLiquidStayFigures() {
        assertThat(values("Ford said that about 10 percent of the new model Ford Escapes sold have 2.5-liter engines and the"
                + " rest are about evenly split between the 1.6- and 2.0-liter engines.")).containsExactly("10");
        assertThat(values("The leak is estimated at 1,600 liters of oil.")).containsExactly("1600");
        assertThat(values("Crews soaked up 1,600 liters of engine oil.")).containsExactly("1600");
        assertThat(values("An estimated 5.6 million liters of oil spilled.")).containsExactly("5600000");
        assertThat(values("Ford recalled about 11,500 new 2013 model Ford Escape SUVs with 1.6-liter engines.")).containsExactly("11500");
    }

    @Test
    void aYearBeforeAProductsVersionsIsNoFigure() {
        // NumberRule.MODEL_YEAR
        assertThat(values("The voluntary recall involves 2013 versions of the models with 1.6-liter engines.")).isEmpty();
        // with its comma a count of models stays
        assertThat(values("The company sold 2,013 models last year.")).containsExactly("2013");
    }

    @Test
    void aNumberOnAProductNameInMixedCaseIsNoFigure() {
        // NumberRule.PRODUCT_NAME
        assertThat(values("Apple Inc is investigating an explosion at a Foxconn factory said to produce the popular iPad 2."))
                .isEmpty();
        assertThat(values("Apple's iPad 2 commands 80 percent of the burgeoning tablet market.")).containsExactly("80");
        assertThat(values("Hon Hai is seen as the main assembly plant for the iPad 2, may not be able to make up output."))
                .isEmpty();
        // the count of the products stays
        assertThat(values("iSuppli expects 7.4 million iPad 2s to be shipped in the second quarter.")).containsExactly("7400000");
        assertThat(values("The firm shipped 40,000 iPhone 4 handsets.")).containsExactly("40000");
        // an acronym with a lower-case prefix is no product's name
        assertThat(values("The lab sent mRNA 40 vials.")).containsExactly("40");
    }

    @Test
    void aPackagesSizeIsNoFigure() {
        // NumberRule.KIND_COMPOUND with a unit of a package's content (numbers-kind-compounds.txt)
        assertThat(values("The recall involves Infants' Mylicon Gas Relief products (1/2-ounce or 1-ounce size).")).isEmpty();
        assertThat(values("The company recalled 12 million 12-ounce cans.")).containsExactly("12000000");
        assertThat(values("Amplats said it had lost almost 168,000 ounces in platinum production.")).containsExactly("168000");
    }
}
