package app.resa;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * The module boundaries of DESIGN.md §2 hold, and the module diagrams in {@code docs/modules/}
 * are those of the code as it is.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ResaApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsAndCanvases() {
        // Modules with no arrows yet (runtime) are drawn too, so the overview lists every module.
        var diagrams = DiagramOptions.defaults()
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases();
    }
}
