/**
 * sessionStorage key under which the search page hands its query to the page
 * a reader opens from the results, which then highlights it. A module of its
 * own so the script on every page (search-box.ts) stays this small.
 */
export const HIGHLIGHT_KEY = 'handbook:search-highlight';
