// The types of page-contract.js, which stays JavaScript: the build reads it with plain Node.
export declare const LINKED_VIEW_ATTRIBUTE: 'data-linked-view';
export declare const START_FAILED_ATTRIBUTE: 'data-start-failed';
export declare const DRAWN_ATTRIBUTE: 'data-drawn';
export declare const EARLY_CLICKS_PROPERTY: 'hstfEarlyClicks';
export declare function isHeldLink(event: MouseEvent, link: HTMLAnchorElement): boolean;
