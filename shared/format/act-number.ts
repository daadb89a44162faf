// Numbers of acts as documents print them: « n° 2023-128 » — the documents write « n° » once,
// before the number typed. An agent often types the prefix with the number (« n°2023-128 »,
// « N° 23-094 », « nº 5 », « No 12 »): it is taken off, so that no act prints « n° n° ».

/** The number without a typed « n° » prefix (any case, ° or º, « No » before a space or digit): « n°2023-128 » → « 2023-128 ». */
export function bareNumber(typed: string): string {
  return typed.trim().replace(/^n(?:\s*[°º˚]|o\.?(?=[\s\d]))\s*/iu, '');
}
