package io.github.tidings.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which recurring blocks of pages this test invents are learned as template. */
class ProfileLearnerTest {
    private static final String ABOUT = "Marta Ruiz escribe sobre el puerto, la lonja y la vida del barrio desde hace "
            + "veinte años. Antes trabajó en la radio local y en el semanario de la comarca, y hoy coordina la sección "
            + "de cultura del diario, donde también firma la columna de los domingos sobre libros y música.";
    private static final String UPDATE = "El ayuntamiento confirmó el martes que las obras del paseo marítimo seguirán "
            + "durante todo el invierno, con cortes de tráfico en la avenida del puerto de lunes a viernes por la mañana, "
            + "y que los comercios afectados podrán pedir una ayuda de hasta tres mil euros a partir de enero.";

    private static String page(String story, boolean about, boolean update) {
        return "DIARIO DEL PUERTO\n\n" + story + "\n\n" + (update ? UPDATE + "\n\n" : "") + (about ? ABOUT + "\n\n" : "")
                + "Todos los derechos reservados.\n";
    }

    private static List<String> learned(List<String> pages) {
        return ProfileLearner.recurring(pages, Collections.nCopies(pages.size(), ProfileLearner.Kind.TEXT), 2)
                .stream().map(ProfileLearner.Line::text).toList();
    }

    @Test
    void proseOnEveryPageIsTemplateAndProseOnSomeIsNot() {
        List<String> pages = List.of(
                page("La lonja abre una sala nueva para la subasta del pescado.", true, true),
                page("El festival de jazz vuelve a la plaza mayor en julio.", true, true),
                page("Los vecinos piden más bancos en el paseo.", true, false));
        assertThat(learned(pages)).contains(ABOUT, "Todos los derechos reservados.")
                // a story updated from page to page recurs too, but not on every page: not learned
                .doesNotContain(UPDATE);
    }
}
