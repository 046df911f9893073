import { LutonKpi } from '../components/kpi.component.js';
import { defineElement } from './define-element.js';

defineElement('luton-kpi', LutonKpi);

declare global {
  interface HTMLElementTagNameMap {
    'luton-kpi': LutonKpi;
  }
}
