/**
 * The hostile-input suite: hundreds of malformed, extreme and malicious requests against the running app, and HTML
 * and script payloads opened in Chromium.
 *
 * <ul>
 *   <li>{@link dev.genaiplayground.hostile.HostileHttpTest}: requests over plain HTTP, one test per category
 *       ({@link dev.genaiplayground.hostile.PageAttacks}, {@link dev.genaiplayground.hostile.VaadinAttacks}).</li>
 *   <li>{@link dev.genaiplayground.hostile.HostileBrowserTest}: payloads in labels, tokens, setting names and
 *       paths never run and never render as markup, tooltips included.</li>
 * </ul>
 *
 * <p>Both assert the same contract: no 5xx, no ERROR in the server log (captured by
 * {@link dev.genaiplayground.hostile.ServerLog}), 404 pages for unknown routes, 405 for methods other than GET and
 * HEAD, a readable message naming every refused setting in the server-rendered page, and security headers on every
 * HTML page. Each test lists every broken case before failing. Run them with
 * {@code ./mvnw -B -q test -Dtest='Hostile*Test'}; the output lines start with {@code [hostile]}.
 */
package dev.genaiplayground.hostile;
