import type { Messages } from '../messages';

/** Texto del aviso de las partes ignoradas de un enlace. */
export const notice: Messages['notice'] = {
  heading: 'Se ignoraron partes de este enlace',
  intro: 'Se aplicó el resto del enlace. Se ignoró:',
  dismiss: 'Cerrar',
  item: (key: string, value: string, reason: string) =>
    value === '' ? `${key}: ${reason}` : `${key} “${value}”: ${reason}`,
  reasons: {
    'unknown-parameter': 'no es un parámetro que este panel conozca',
    repeated: 'aparece más de una vez; se usó el primer valor',
    'unknown-value': 'no es un valor conocido',
    'invalid-date': 'no es una fecha válida (AAAA-MM-DD)',
    'from-after-to': 'la fecha de inicio es posterior a la fecha de fin',
    truncated: 'tiene más de 100 caracteres; se acortó',
    'unknown-id': 'ninguna persona, evento, cifra o fuente tiene este identificador',
    'unknown-version': 'no es una versión publicada de los datos; se muestran los datos más recientes',
  },
};
