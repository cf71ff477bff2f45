package dev.genaiplayground.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import dev.genaiplayground.lesson.Layer;
import dev.genaiplayground.lesson.LessonRepository;

/** The app shell: a header with the theme toggle, and a side navigation of lessons grouped by layer. */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(LessonRepository lessons) {
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the lesson menu");
        Span title = new Span("GenAI Foundations Playground");
        title.addClassName("app-title");
        Header header = new Header(toggle, title, new ThemeToggle());
        header.addClassName("app-header");
        addToNavbar(header);

        Anchor brand = new Anchor("", "GenAI Foundations Playground");
        brand.addClassName("app-brand");

        SideNav start = new SideNav();
        start.addItem(new SideNavItem("Home", "", VaadinIcon.HOME.create()));
        start.addItem(new SideNavItem("Widget gallery", "widgets", VaadinIcon.GRID_SMALL.create()));
        start.addItem(new SideNavItem("Join a class", "join", VaadinIcon.USERS.create()));
        start.addItem(new SideNavItem("Teach a class", "teach", VaadinIcon.ACADEMY_CAP.create()));

        Footer nav = new Footer();
        nav.addClassName("app-drawer");
        nav.add(brand, start);
        for (Layer layer : Layer.values()) {
            if (lessons.inLayer(layer).isEmpty()) {
                continue;
            }
            SideNav group = new SideNav(layer.title());
            group.setCollapsible(true);
            lessons.inLayer(layer).forEach(l -> group.addItem(new SideNavItem(l.title(), "lessons/" + l.id())));
            nav.add(group);
        }
        addToDrawer(nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // On a phone the drawer covers the page: close it once the person has picked where to go.
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }
}
