package app.resa.inventory;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules run the package-private sweeper now rather than wait for its schedule. */
public final class InventoryTestAccess {

    private InventoryTestAccess() {
    }

    public static void sweep(ApplicationContext context) {
        context.getBean(Expiry.class).sweep();
    }
}
