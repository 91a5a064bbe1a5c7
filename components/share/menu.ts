/** The page's one share menu (ShareMenu.tsx); a ShareButton names what it shares by `data-share`. */
export const SHARE_MENU_ID = "share-menu";
export const SHARE_ATTRIBUTE = "data-share";
