// Bootstraps the Angular example. The template is compiled in the browser (JIT, hence
// @angular/compiler first), which keeps the example buildable with esbuild alone; an Angular CLI
// project compiles it ahead of time instead and needs none of this.
import '@angular/compiler';
import '@luton2040/elements/luton2040.js'; // defines every tag, so Angular sets their properties
import { enableProdMode, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component.js';

enableProdMode();
bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
